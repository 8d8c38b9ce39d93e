using AutoMapper;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Audit;
using DeliveryTracker.Api.Features.Rag;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Api.Infrastructure.Paging;
using DeliveryTracker.Api.Infrastructure.Text;
using DeliveryTracker.Api.Infrastructure.Writes;
using DeliveryTracker.Contracts.Audit;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Leads;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Leads;

/// <summary>Leads (people, teams, roles, boards, partner organisations): create, list with action counts, read, update, delete, history.</summary>
public static class LeadEndpoints
{
    /// <summary>Organisation chains are short ("E&amp;C Police" → "Police"); a longer walk means bad data, not a deeper tree.</summary>
    private const int MaxOrganisationDepth = 20;

    public static IEndpointRouteBuilder MapLeadEndpoints(this IEndpointRouteBuilder api)
    {
        var leads = api.MapGroup("/leads").WithTags("Leads");

        leads.MapPost("/", CreateLead)
            .WithName("CreateLead")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Add a lead")
            .WithDescription("The name must be unique ignoring case (409 otherwise); organisationId must be a lead of kind Organisation.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        leads.MapGet("/", ListLeads)
            .WithName("ListLeads")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("List leads by name, with their open and overdue action counts")
            .WithDescription("Filters: q (name contains, ignoring case), kind, organisationId. Cursor-paginated (limit 1–200, cursor from nextCursor).")
            .ProducesValidationProblem();

        leads.MapGet("/{leadId:guid}", GetLead)
            .WithName("GetLead")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("Get a lead with its open and overdue action counts")
            .ProducesProblem(StatusCodes.Status404NotFound);

        leads.MapPut("/{leadId:guid}", UpdateLead)
            .WithName("UpdateLead")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Replace a lead's name, kind, organisation and email")
            .ReplacesRepresentation<UpdateLeadRequest, LeadDto>();

        leads.MapPatch("/{leadId:guid}", PatchLead)
            .WithName("PatchLead")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Change a lead's name, kind, organisation or email")
            .AcceptsMergePatch<UpdateLeadRequest, LeadDto>();

        leads.MapDelete("/{leadId:guid}", DeleteLead)
            .WithName("DeleteLead")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Delete a lead that leads no action, owns no KPI and has no member leads")
            .ProducesWriteProblems();

        leads.MapGet("/{leadId:guid}/history", GetLeadHistory)
            .WithName("GetLeadHistory")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("A lead's recorded changes, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static async Task<Created<LeadDto>> CreateLead(
        CreateLeadRequest request, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        var name = request.Name.Trim();
        await EnsureNameFreeAsync(db, name, leadId: null, cancellationToken);
        var organisation = await OrganisationAsync(db, request.OrganisationId, leadId: null, cancellationToken);
        var lead = new Lead { Name = name, Kind = request.Kind, Organisation = organisation, OrganisationId = organisation?.Id, Email = TextInput.TrimmedOrNull(request.Email) };
        db.Leads.Add(lead);
        await db.SaveChangesAsync(cancellationToken);

        EntityTag.Set(http, lead.Version);
        return TypedResults.Created($"/api/v1/leads/{lead.Id}", mapper.Map<LeadDto>(new LeadRow(lead, 0, 0)));
    }

    public static async Task<Ok<Page<LeadDto>>> ListLeads(
        [AsParameters] LeadListParameters parameters, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (q, kind, organisationId, limit, cursor) = parameters;
        var size = Keyset.Limit(limit);
        var after = Keyset.After<LeadCursor>(cursor);
        var query = db.Leads.AsNoTracking().Include(l => l.Organisation).AsQueryable();
        if (!string.IsNullOrWhiteSpace(q))
        {
            // PostgreSQL 15 cannot pattern-match under the nondeterministic case-insensitive collation of the name
            // column, so the match runs under the default collation and ILIKE supplies the case-insensitivity.
            var pattern = LikePattern.Containing(q);
            query = query.Where(l => EF.Functions.ILike(EF.Functions.Collate(l.Name, "default"), pattern, LikePattern.Escape));
        }

        if (kind is not null)
        {
            query = query.Where(l => l.Kind == kind);
        }

        if (organisationId is not null)
        {
            query = query.Where(l => l.OrganisationId == organisationId);
        }

        if (after is not null)
        {
            query = query.Where(l => EF.Functions.GreaterThan(ValueTuple.Create(l.Name, l.Id), ValueTuple.Create(after.Name, after.Id)));
        }

        var leads = await query.OrderBy(l => l.Name).ThenBy(l => l.Id).Take(size + 1).ToListAsync(cancellationToken);
        var counts = await LeadActionCounts.ForAsync(db, leads.Select(l => l.Id).ToList(), clock.Today, cancellationToken);
        var items = leads
            .Select(l => counts.TryGetValue(l.Id, out var c) ? new LeadRow(l, c.Open, c.Overdue) : new LeadRow(l, 0, 0))
            .Select(mapper.Map<LeadDto>)
            .ToList();
        return TypedResults.Ok(Keyset.ToPage(http, items, size, l => new LeadCursor(l.Name, l.Id)));
    }

    public static async Task<Results<Ok<LeadDto>, NotFound>> GetLead(
        Guid leadId, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var lead = await db.Leads.AsNoTracking().Include(l => l.Organisation).FirstOrDefaultAsync(l => l.Id == leadId, cancellationToken);
        if (lead is null)
        {
            return TypedResults.NotFound();
        }

        EntityTag.Set(http, lead.Version);
        return TypedResults.Ok(mapper.Map<LeadDto>(await LeadActionCounts.RowAsync(db, lead, clock.Today, cancellationToken)));
    }

    public static Task<Results<Ok<LeadDto>, NotFound>> UpdateLead(
        Guid leadId, UpdateLeadRequest request, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken) =>
        WriteAsync(leadId, _ => Task.FromResult(request), db, mapper, clock, http, cancellationToken);

    public static async Task<Results<Ok<LeadDto>, NotFound>> PatchLead(
        Guid leadId, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var patch = await MergePatch.ReadAsync(http, cancellationToken);
        return await WriteAsync(leadId, current => MergePatch.ApplyAsync<UpdateLeadRequest>(http, current, patch), db, mapper, clock, http, cancellationToken);
    }

    /// <summary>PUT and PATCH alike: the change is made from the lead as it is now, once its version is checked.</summary>
    private static async Task<Results<Ok<LeadDto>, NotFound>> WriteAsync(
        Guid leadId, Func<LeadDto, Task<UpdateLeadRequest>> change, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var ifMatch = EntityTag.RequiredIfMatch(http);
        var lead = await db.Leads.Include(l => l.Organisation).FirstOrDefaultAsync(l => l.Id == leadId, cancellationToken);
        if (lead is null)
        {
            return TypedResults.NotFound();
        }

        var row = await LeadActionCounts.RowAsync(db, lead, clock.Today, cancellationToken);
        var current = mapper.Map<LeadDto>(row);
        EntityTag.EnsureCurrent(ifMatch, lead.Version, () => current);
        var request = await change(current);
        var name = request.Name.Trim();
        await EnsureNameFreeAsync(db, name, leadId, cancellationToken);
        var organisation = await OrganisationAsync(db, request.OrganisationId, leadId, cancellationToken);
        if (lead.Kind == LeadKind.Organisation && request.Kind != LeadKind.Organisation)
        {
            // Members must belong to an organisation; letting this one become a person would leave them pointing at one.
            var members = await db.Leads.AsNoTracking().Where(l => l.OrganisationId == leadId).OrderBy(l => l.Name).Select(l => new { l.Id, l.Name }).ToListAsync(cancellationToken);
            if (members.Count > 0)
            {
                throw new ConflictException(
                    $"{members.Count} lead(s) belong to this organisation, so it must stay an organisation; move them first.",
                    new Dictionary<string, object?> { ["dependents"] = new { leads = members } });
            }
        }

        lead.Name = name;
        lead.Kind = request.Kind;
        lead.OrganisationId = organisation?.Id;
        lead.Organisation = organisation;
        lead.Email = TextInput.TrimmedOrNull(request.Email);
        await db.SaveChangesAsync(cancellationToken);

        EntityTag.Set(http, lead.Version);
        return TypedResults.Ok(mapper.Map<LeadDto>(row));
    }

    public static async Task<Results<NoContent, NotFound>> DeleteLead(
        Guid leadId, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var ifMatch = EntityTag.RequiredIfMatch(http);
        var lead = await db.Leads.Include(l => l.Organisation).FirstOrDefaultAsync(l => l.Id == leadId, cancellationToken);
        if (lead is null)
        {
            return TypedResults.NotFound();
        }

        if (ifMatch != lead.Version)
        {
            var row = await LeadActionCounts.RowAsync(db, lead, clock.Today, cancellationToken);
            EntityTag.EnsureCurrent(ifMatch, lead.Version, () => mapper.Map<LeadDto>(row));
        }

        var actions = await (
                from link in db.ActionLeads
                where link.LeadId == leadId
                join action in db.Actions on link.ActionId equals action.Id
                orderby action.PlanId, action.ReferenceCode
                select new { action.Id, action.ReferenceCode, action.PlanId })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var kpis = await db.Kpis.AsNoTracking().Where(k => k.OwnerLeadId == leadId).OrderBy(k => k.Code).Select(k => new { k.Id, k.Code, k.Name }).ToListAsync(cancellationToken);
        var members = await db.Leads.AsNoTracking().Where(l => l.OrganisationId == leadId).OrderBy(l => l.Name).Select(l => new { l.Id, l.Name }).ToListAsync(cancellationToken);
        if (actions.Count > 0 || kpis.Count > 0 || members.Count > 0)
        {
            throw new ConflictException(
                $"The lead leads {actions.Count} action(s), owns {kpis.Count} KPI(s) and has {members.Count} member lead(s); reassign them first.",
                new Dictionary<string, object?> { ["dependents"] = new { actions, kpis, leads = members } });
        }

        db.Leads.Remove(lead);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static Task<Results<Ok<Page<HistoryEntryDto>>, NotFound>> GetLeadHistory(Guid leadId, TrackerDbContext db, CancellationToken cancellationToken) =>
        HistoryQuery.ResultAsync<Lead>(db, leadId, cancellationToken);

    /// <summary>Names are unique ignoring case; checked first so the 409 can say which lead has the name.</summary>
    private static async Task EnsureNameFreeAsync(TrackerDbContext db, string name, Guid? leadId, CancellationToken cancellationToken)
    {
        // The column's collation is case-insensitive, so "police" finds "Police".
        var existing = await db.Leads.AsNoTracking().Where(l => l.Name == name && l.Id != leadId).Select(l => new { l.Id, l.Name }).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            throw new ConflictException(
                $"A lead named '{existing.Name}' already exists; names are unique ignoring case.",
                new Dictionary<string, object?> { ["existing"] = existing });
        }
    }

    /// <summary>The organisation a lead is to belong to: an existing lead of kind Organisation, not the lead itself nor one of its members.</summary>
    private static async Task<Lead?> OrganisationAsync(TrackerDbContext db, Guid? organisationId, Guid? leadId, CancellationToken cancellationToken)
    {
        if (organisationId is null)
        {
            return null;
        }

        if (organisationId == leadId)
        {
            throw new RequestValidationException("organisationId", "A lead cannot belong to itself.");
        }

        var organisation = await db.Leads.FirstOrDefaultAsync(l => l.Id == organisationId, cancellationToken)
            ?? throw new RequestValidationException("organisationId", $"No lead has the id {organisationId}.");
        if (organisation.Kind != LeadKind.Organisation)
        {
            throw new RequestValidationException("organisationId", $"'{organisation.Name}' is a {organisation.Kind.ToString().ToLowerInvariant()}, not an organisation.");
        }

        // An organisation may belong to another ("E&C Police" to "Police"); refuse a loop back to this lead.
        var above = organisation.OrganisationId;
        for (var depth = 0; leadId is not null && above is not null && depth < MaxOrganisationDepth; depth++)
        {
            if (above == leadId)
            {
                throw new RequestValidationException("organisationId", $"'{organisation.Name}' belongs to this lead, so this lead cannot belong to it.");
            }

            above = await db.Leads.Where(l => l.Id == above).Select(l => l.OrganisationId).FirstOrDefaultAsync(cancellationToken);
        }

        return organisation;
    }
}

using AutoMapper;
using DeliveryTracker.Api.Features.Plans;
using Microsoft.Extensions.Logging.Abstractions;

namespace DeliveryTracker.Tests.Data;

public sealed class MappingConfigurationTests
{
    [Test]
    public void MappingConfiguration_IsValid()
    {
        var configuration = new MapperConfiguration(cfg => cfg.AddMaps(typeof(PlanMappingProfile).Assembly), NullLoggerFactory.Instance);

        Assert.DoesNotThrow(configuration.AssertConfigurationIsValid);
    }
}

namespace DeliveryTracker.Api.Features.Actions;

/// <summary>
/// Keeps <c>actions.theme_position</c> and <c>actions.objective_position</c> equal to the positions of the action's
/// theme and objective, so plan order is one index on <c>actions</c> (<c>ix_actions_plan_order</c>). The database does
/// it, like the search vector, so no write path (endpoints, the seeder, a future importer) can forget it.
/// </summary>
/// <remarks>
/// Reordering themes or objectives therefore rewrites their actions' rows: those actions get a new ETag, but no
/// history entry and no new <c>updatedAt</c>, because nothing a client wrote about them changed.
/// </remarks>
public static class PlanOrderTriggers
{
    public const string Create = """
        UPDATE actions AS a
        SET theme_position = t.position, objective_position = o.position
        FROM objectives AS o JOIN themes AS t ON t.id = o.theme_id
        WHERE o.id = a.objective_id;

        CREATE FUNCTION actions_plan_order() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            SELECT t.position, o.position INTO NEW.theme_position, NEW.objective_position
            FROM objectives AS o JOIN themes AS t ON t.id = o.theme_id
            WHERE o.id = NEW.objective_id;
            -- An unknown objective is left for the foreign key to refuse, with its own message.
            NEW.theme_position := COALESCE(NEW.theme_position, 0);
            NEW.objective_position := COALESCE(NEW.objective_position, 0);
            RETURN NEW;
        END $$;
        CREATE TRIGGER actions_plan_order BEFORE INSERT OR UPDATE OF objective_id ON actions
            FOR EACH ROW EXECUTE FUNCTION actions_plan_order();

        CREATE FUNCTION objectives_plan_order() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE actions AS a
            SET objective_position = NEW.position, theme_position = t.position
            FROM themes AS t
            WHERE t.id = NEW.theme_id AND a.objective_id = NEW.id;
            RETURN NULL;
        END $$;
        CREATE TRIGGER objectives_plan_order AFTER UPDATE OF position, theme_id ON objectives
            FOR EACH ROW WHEN (OLD.position IS DISTINCT FROM NEW.position OR OLD.theme_id IS DISTINCT FROM NEW.theme_id)
            EXECUTE FUNCTION objectives_plan_order();

        CREATE FUNCTION themes_plan_order() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE actions AS a
            SET theme_position = NEW.position
            FROM objectives AS o
            WHERE o.theme_id = NEW.id AND a.objective_id = o.id;
            RETURN NULL;
        END $$;
        CREATE TRIGGER themes_plan_order AFTER UPDATE OF position ON themes
            FOR EACH ROW WHEN (OLD.position IS DISTINCT FROM NEW.position)
            EXECUTE FUNCTION themes_plan_order();
        """;

    public const string Drop = """
        DROP TRIGGER themes_plan_order ON themes;
        DROP FUNCTION themes_plan_order();
        DROP TRIGGER objectives_plan_order ON objectives;
        DROP FUNCTION objectives_plan_order();
        DROP TRIGGER actions_plan_order ON actions;
        DROP FUNCTION actions_plan_order();
        """;
}

namespace Fokus.Web.Tests;

/// <summary>
/// What each role may do, checked through HTTP for viewer, member, lead, admin and another organisation's admin,
/// on every /api/v1 endpoint (the rows are in RoleMatrix*.cs; anonymous calls are covered by AuthTests).
/// </summary>
[Collection(AppsCollection.Name)]
public sealed class RoleTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EachRole_MayDoExactlyWhatItsRoleAllows_OnEveryEndpoint(string provider)
    {
        var app = apps.Get(provider);
        var log = new List<(string Method, string Path)>();
        var world = await RoleMatrixWorld.CreateAsync(app, log);
        var endpoints = ApiEndpoints.All(app);
        Assert.True(endpoints.Count >= 40, $"only {endpoints.Count} API endpoints found");
        RoleCase[] cases =
        [
            .. RoleMatrix.Organisation(world), .. RoleMatrix.Teams(world), .. RoleMatrix.People(world), .. RoleMatrix.Periods(world),
            .. RoleMatrix.Objectives(world), .. RoleMatrix.KeyResults(world), .. RoleMatrix.CheckIns(world), .. RoleMatrix.Initiatives(world),
            .. RoleMatrix.CheckInSocial(world), .. RoleMatrix.Review(world), .. RoleMatrix.Notifications(world),
            .. RoleMatrix.Forecasts(world), .. RoleMatrix.Meetings(world), .. RoleMatrix.DataInOut(world),
            .. RoleMatrix.Auth(world),
            .. RoleMatrix.Time(world),
        ];

        var exercised = new HashSet<(string Method, string Route)>();
        var failures = new List<string>();
        foreach (var testCase in cases)
        {
            foreach (var client in world.Clients)
            {
                log.Clear();
                var response = await testCase.Call(client);
                var expected = testCase.Expected(client.Role);
                Assert.True(log.Count == 1, $"{testCase.Name} as {client.Role}: a row must make exactly one call as the role, made {log.Count}");
                var (method, path) = log[0];
                var hit = ApiEndpoints.Matching(endpoints, method, path);
                Assert.True(hit.Count == 1, $"{testCase.Name}: {method} {path} matches {hit.Count} API endpoints");
                exercised.Add(hit[0]);
                if ((int)response.StatusCode != expected)
                    failures.Add($"{testCase.Name} ({method} {hit[0].Route}) as {client.Role}: expected {expected}, got " +
                                 $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Length * world.Clients.Length} checks failed:\n" + string.Join("\n", failures));
        // Every endpoint is in the matrix: a new endpoint without role coverage fails here.
        var missing = endpoints.Except(exercised).Select(e => $"{e.Method} {e.Route}").Order().ToList();
        Assert.True(missing.Count == 0, "endpoints without role coverage:\n" + string.Join("\n", missing));
        Assert.True(exercised.SetEquals(endpoints));
    }
}

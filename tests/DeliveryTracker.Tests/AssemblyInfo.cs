// Fixtures run side by side: each has a database of its own (cloned from the template) and its own in-process API,
// so they share nothing but the PostgreSQL server. Tests inside a fixture stay sequential.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(4)]

// The browser journeys start real processes and one browser: one test class at a time on the shared machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

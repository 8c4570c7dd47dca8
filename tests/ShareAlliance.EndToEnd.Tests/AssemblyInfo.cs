// These tests share one broker and stop it on purpose: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

"""Harnesses that the test suite and the benchmarks share (like numpy.testing): not used by `kg` itself.

- kg.testing.servers: a local Oxigraph server and Virtuoso, on free ports, stopped by PID
- kg.testing.live_server: `kg serve` in a subprocess, waited for until it answers
- kg.testing.corpus: the synthetic alliance corpus at any size (benchmarks/generate.py writes it)
- kg.testing.faults: kill `kg build` / `kg ingest` at random points and fingerprint what they left
- kg.testing.fuzzing: fuzz targets, seeds and mutators (needs hypothesis: the `test` extra)

The top layer of the architecture (pyproject.toml, [tool.importlinter]): it may import every
other package of kg, and none of them imports it. What only the tests use (fixture data, the
store the served-endpoint tests share) stays in tests/support.
"""

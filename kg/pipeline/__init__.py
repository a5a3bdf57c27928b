"""The jobs that run the whole flow, document -> records -> triples -> validated graph -> store:
`build` (publish every graph), `ingest` (add one document), `evaluate` (extraction against the gold)."""

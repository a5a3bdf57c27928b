"""SPARQL text and answers: named queries, their parameters, and the rendering of results."""

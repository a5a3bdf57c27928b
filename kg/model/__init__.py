"""The model: records, namespaces, the mapping of records to RDF, provenance and RDF input/output.

The bottom layer: every other package may import it; it imports none of them.
"""

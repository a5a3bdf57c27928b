"""The collaboration network: graphs built from named queries, analyses, exports and drawings."""

"""SHACL validation: pyshacl reports people can act on, and validation at store scale."""

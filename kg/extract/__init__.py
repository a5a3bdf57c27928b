"""Documents -> records: reading text, Markdown, HTML and PDF, and every fact rule.

Imports only kg.model (and kg.errors): extraction never reaches a store or a server.
"""

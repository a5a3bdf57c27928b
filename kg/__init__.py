"""alliance-kg: a knowledge graph of standards alliances.

Data flows one way: document -> record -> triples -> validated graph -> store ->
queries / server / networks. Each step lives in its own module.
"""

__version__ = "0.1.0"

"""What is due and when: agenda items of the alliances, an iCalendar feed and the "due" list.

Reads the store through named queries (queries/agenda.rq, queries/review-cycles.rq,
queries/contacts.rq) like kg.network does, and writes nothing back: one layer above the store.
"""

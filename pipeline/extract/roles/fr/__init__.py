"""French role rules: the sentence shapes only French articles use, and the lists and bystanders they name, one
module per concern.

``patterns`` holds what several modules share; ``subject`` says which names before the verb may act; the voices'
French cases live by deal kind in ``sales`` (buy, sell, merge), ``contracts`` (supply, orders, partners) and
``funding`` (rounds, loans, bail-outs); ``after_voice`` finishes what the voices leave half read (investments,
sellers, relative and participle clauses). ``lists`` reads the names listed after a party and splits a candidate
into one deal per company listed or per supplier; ``bystanders`` names who is near a deal but no side of it;
``recasts`` and ``gates`` are what ``deals`` asks of a French candidate once its roles are assigned. Background deals
told in passing ("X, qui avait racheté Y en 2015, va ...") are read in ``fr_background``. Import each name from its
module: this package re-exports nothing.
"""

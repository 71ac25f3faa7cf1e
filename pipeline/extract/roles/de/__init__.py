"""German role rules: the word orders, counterparts, passives and role nouns only German articles use, one
module per concern.

German puts the object before a final verb ("X hat Y an Z verkauft") and the subject after a fronted adverb ("Im Vorjahr
übernahm X die Y"), so who acts and what is bought need rules of their own. ``patterns`` holds what several modules (and
``clause``, ``roles``, ``followups``) share; ``subject`` and ``object`` read the clause; ``role_nouns`` reads "Käufer ist
X"; the voices' German cases live by deal kind in ``sales`` (buy, sell, pass to, merge), ``contracts`` (supply, orders,
awards) and ``funding`` (rounds, loans, aid, rescues); ``sellers`` finds who sells (bought off, bid for, a stake's "an");
``lists`` reads the names joined to the one bought and splits a candidate into one deal per company bought;
``bystanders`` names who is near a deal but no side of it (regions, office holders, people, home towns); ``recasts`` and
``gates`` are what ``deals`` asks of a German candidate once its roles are assigned. Background deals told in passing are
read in ``de_background``. Import each name from its module: this package re-exports nothing.
"""

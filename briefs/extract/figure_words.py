"""Word lists for figure extraction: what surrounds a number and what it means.

Kept apart from the rules in :mod:`briefs.extract.figures` and
:mod:`briefs.extract.labels` so the lists can grow without touching the logic.
"""

from __future__ import annotations


def _words(*lines: str) -> frozenset[str]:
    """A set of words written as space-separated lines (easy to read and extend)."""
    return frozenset(w for line in lines for w in line.split())


# month names and abbreviations: a number beside one is a date
MONTHS = _words(
    "apr april aug august dec december feb february jan january jul july jun june mar march",
    "may nov november oct october sep sept september",
)


# days that end a counted noun phrase: "primaries in five states Tuesday and …"
DAY_NAMES = _words("monday tuesday wednesday thursday friday saturday sunday today yesterday",
                   "tonight")


# words before a number that make it an identifier, not a quantity
ID_WORDS = _words(
    "act amendment apartment apt article articles bill category channel chapter chapters",
    "clause code district dock episode episodes exhibit flight game gate grade highway hr",
    "interstate issue item lane level line model no no. nos number page pages paragraph",
    "paragraphs part parts phase pier platform precinct prop proposition psalm rank ranked",
    "ranking resolution room round route row rule season seat section sections size stage",
    "suite title track unit verse version versus vol volume vs ward",
)


# after a number: a clock time
TIME_SUFFIXES = _words(
    "a am bst cdt cet cst edt est et gmt o'clock p pdt pm pst utc",
)


# after a number and a name: a street address
STREET_WORDS = _words(
    "ave avenue blvd boulevard court ct dr drive highway hwy lane ln parkway pkwy pl place",
    "plaza rd road sq square st street terrace way",
)


# words that end a label phrase (function words, auxiliaries, units, common verbs)
STOP = _words(
    "a about above according across after again against ago all already also am among an and",
    "any are as at be because been before being below between beyond both but by can cent",
    "cents could day days did do does dollar dollars down during each earlier either even",
    "ever every fewer for from had has have having he her here him his hour hours how i if in",
    "include included includes including into is it its just last later least less may me",
    "might minus minute minutes month months more most must my neither never next no nor not",
    "now of off on only onto or our out over pct per percent percentage plus point points",
    "rather said say says shall she should since so some still such tells than that the their",
    "them then there thereafter these they this those through throughout to today told",
    "tomorrow tonight too toward towards under until up us very via was we week weeks were",
    "what when where which while who whom whose why will with within without would year years",
    "yesterday yet you your",
)


# skipped at the start of a phrase
DETERMINERS = _words(
    "a an her his its my our that the their these this those your",
)


# never a label
PRONOUNS = _words(
    "he him i it me she that them they this us we what which who you",
)


# verbs of earning: the sum is pay
EARN_VERBS = _words(
    "earn earned earning earns get gets getting made make makes making paid pay paying pays",
)


# after a word, these start its object or clause: the word is a verb
OBJECT_STARTERS = _words(
    "a he her his it she the their they we",
)


# verbs that take a "that" clause ("50 percent believe that")
THAT_VERBS = _words(
    "admit agree argue assume believe claim contend doubt expect fear feel hope insist know",
    "say suspect think want worry",
)


# past forms (and a few others) that end a noun phrase
IRREGULAR_PAST = _words(
    "became began bought brought came died drew earn earned face faced fell felt fled fought",
    "found gave got grew held kept led left lived lost made make met paid ran rather rose sat",
    "saw say sent sought spoke stood thought threw told took voted went won",
)


# present-tense verbs that end a noun phrase once its noun is read ("continents proves")
VERBS_S = _words(
    "appears becomes comes expects gets gives goes helps keeps makes means owns proves",
    "remains represents says seems suggests takes tells wants",
)


# -ly adjectives and -ing nouns that the suffix rules would read as adverbs and verbs:
# "310 million active monthly users", "their $26 initial public offering price"
NOUN_LIKE = _words(
    "monthly weekly daily yearly quarterly hourly nightly elderly deadly costly likely",
    "offering offerings spending funding housing training building buildings meeting",
    "meetings hearing hearings polling ruling rulings shooting shootings killing killings",
    "warning warnings earnings savings holdings rating ratings pricing marketing banking",
    "lending mining manufacturing clothing advertising fundraising financing screening",
    "screenings bombing bombings opening openings evening morning wedding weddings listing",
    "listings",
)


# "Forty-three, yes; forty-four, no"
POLL_ANSWERS = _words(
    "approve disapprove favor no oppose support undecided unsure yes",
)


# "Twelve percent said they were not sure": the clause says what is counted
SAY_VERBS = _words(
    "agree agreed answered approve approved backed believe believed believes chose disagree",
    "disagreed disapprove disapproved expect expected favor favored indicated oppose opposed",
    "picked plan planned prefer preferred reported responded said say saying says support",
    "supported think thinks thought want wanted were will would",
)


# an "in" phrase with these says when, not what ("in a single year")
WHEN_WORDS = _words(
    "april august autumn december fall february first fiscal friday january july june last",
    "march may monday next november october past quarter recent saturday september single",
    "spring summer sunday thursday tuesday wednesday winter",
)


# skipped between a subject and its verb
MODALS = _words(
    "can could did do does may might must should that to who will would",
)


# two-word qualifiers before a number, and their canonical form
QUALIFIERS_2 = {
    ("more", "than"): "more than",
    ("less", "than"): "less than",
    ("fewer", "than"): "less than",
    ("at", "least"): "at least",
    ("at", "most"): "up to",
    ("up", "to"): "up to",
    ("as", "many"): "up to",
    ("as", "much"): "up to",
    ("as", "high"): "up to",
    ("as", "few"): "at least",
    ("as", "little"): "at least",
    ("close", "to"): "nearly",
    ("an", "estimated"): "about",
    ("just", "over"): "over",
    ("just", "under"): "less than",
    ("well", "over"): "over",
    ("upwards", "of"): "more than",
    ("in", "excess"): "more than",
    ("nearly", "all"): "nearly",
}


# one-word qualifiers (None: a word such as "only" that qualifies nothing)
QUALIFIERS_1 = {
    "over": "over",
    "nearly": "nearly",
    "almost": "nearly",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "estimated": "about",
    "approx": "about",
    "under": "less than",
    "below": "less than",
    "above": "over",
    "exceeds": "more than",
    "exceeded": "more than",
    "exceed": "more than",
    "approaches": "nearly",
    "approaching": "nearly",
    "only": None,
    "just": None,
}


# "as many as", "as high as": the middle word
AS_AS = frozenset(["few", "high", "little", "long", "low", "many", "much"])


# the thing a money verb implies: "lost $916 million" is a loss
NOMINAL = {
    "lose": "loss",
    "loses": "loss",
    "lost": "loss",
    "losing": "loss",
    "fine": "fine",
    "fined": "fine",
    "fines": "fine",
    "raise": "revenue raised",
    "raises": "revenue raised",
    "raised": "funds raised",
    "raising": "funds raised",
    "cost": "cost",
    "costs": "cost",
    "costing": "cost",
    "owe": "debt owed",
    "owes": "debt owed",
    "owed": "debt owed",
    "owing": "debt owed",
    "spend": "spending",
    "spends": "spending",
    "spent": "spending",
    "spending": "spending",
    "borrow": "borrowed",
    "borrowed": "borrowed",
    "borrowing": "borrowed",
    "donate": "donations",
    "donated": "donations",
    "gave": "donations",
    "given": "donations",
    "invest": "investment",
    "invested": "investment",
    "investing": "investing",
    "earn": "pay",
    "earns": "pay",
    "earned": "pay",
    "earning": "earning",
    "make": "pay",
    "makes": "pay",
    "making": "pay",
    "made": "pay",
    "paid": "pay",
    "pay": "pay",
    "sold": "sale",
    "sell": "sale",
    "sells": "sale",
    "bought": "purchase",
    "buy": "purchase",
    "settle": "settlement",
    "settled": "settlement",
    "cut": "cuts",
    "cuts": "cuts",
}


# nominal labels that can take "to/from X" (debt owed to the banks)
TRANSFER = frozenset(["borrowed", "debt owed", "donations", "investment", "pay", "spending"])


# "30 Canadian dollars"
NATIONAL_CURRENCY: dict[str, dict[str, str]] = {
    "canadian": {"dollars": "CAD", "dollar": "CAD"},
    "australian": {"dollars": "AUD", "dollar": "AUD"},
    "singapore": {"dollars": "SGD", "dollar": "SGD"},
    "taiwan": {"dollars": "TWD", "dollar": "TWD"},
    "mexican": {"pesos": "MXN", "peso": "MXN"},
    "american": {"dollars": "USD", "dollar": "USD"},
    "swiss": {"francs": "CHF"},
}

"""Shared vocabulary for attribution: cue verbs, titles, honorifics, pronouns, org heads.

Quotes and sources both import from here; names are stable and only ever grow.
All sets hold lower-case words so lookups are one ``in`` after ``.lower()``.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A frozen set of the whitespace-separated words of ``text``."""
    return frozenset(text.split())


# Reporting verbs, every inflection that introduces speech or writing.
_CUE_LEMMAS = {
    "say": "say says said saying",
    "tell": "tell tells told telling",
    "add": "add adds added adding",
    "ask": "ask asks asked asking",
    "write": "write writes wrote writing",
    "explain": "explain explains explained explaining",
    "note": "notes noted noting",
    "argue": "argue argues argued arguing",
    "continue": "continue continues continued continuing",
    "state": "stated",
    "declare": "declare declares declared declaring",
    "insist": "insist insists insisted insisting",
    "recall": "recalls recalled recalling",
    "warn": "warns warned warning",
    "tweet": "tweets tweeted tweeting",
    "post": "posted",
    "reply": "reply replies replied replying",
    "respond": "respond responds responded responding",
    "answer": "answered",
    "acknowledge": "acknowledge acknowledges acknowledged acknowledging",
    "admit": "admit admits admitted admitting",
    "claim": "claims claimed claiming",
    "complain": "complain complains complained complaining",
    "concede": "concede concedes conceded conceding",
    "counter": "countered",
    "caution": "cautioned",
    "joke": "joked joking",
    "quip": "quip quips quipped quipping",
    "remark": "remarked",
    "observe": "observe observes observed observing",
    "predict": "predict predicts predicted predicting",
    "promise": "promised",
    "suggest": "suggest suggests suggested suggesting",
    "testify": "testify testifies testified testifying",
    "announce": "announce announces announced announcing",
    "emphasize": "emphasize emphasizes emphasized emphasizing emphasise emphasised",
    "stress": "stressed stressing",
    "urge": "urge urges urged urging",
    "vow": "vow vows vowed vowing",
    "conclude": "conclude concludes concluded concluding",
    "exclaim": "exclaim exclaims exclaimed",
    "shout": "shout shouts shouted shouting",
    "yell": "yell yells yelled yelling",
    "describe": "describe describes described describing",
    "call": "calls called calling",
    "boast": "boast boasts boasted boasting",
    "mock": "mocked",
    "chant": "chant chants chanted chanting",
    "scream": "screamed",
    "whisper": "whispered",
    "muse": "mused",
    "marvel": "marveled marvelled",
    "lament": "lament laments lamented",
    "confirm": "confirm confirms confirmed",
    "report": "reported",
    "repeat": "repeated repeating",
    "reiterate": "reiterated",
    "assert": "assert asserts asserted",
    "contend": "contend contends contended",
    "charge": "charged",
    "allege": "alleged",
    "maintain": "maintained",
    "proclaim": "proclaimed",
    "pledge": "pledged",
    "demand": "demanded",
    "wonder": "wondered",
    "agree": "agreed agrees",
    "read": "reads",
    "put": "put puts",
    "retort": "retorted",
    "press": "pressed",
    "assure": "assured",
    "interject": "interjected",
    "exhort": "exhorted",
    "cite": "citing",  # "Jo Li, citing “…”, said": the words are Li's to cite
}

CUE_VERBS: dict[str, str] = {form: lemma for lemma, forms in _CUE_LEMMAS.items()
                             for form in forms.split()}
"""Inflected cue verb -> lemma ("told" -> "tell")."""

STRONG_CUES = words(
    """
    say says said tell tells told add adds added ask asks asked write writes wrote tweet
    tweets tweeted explain explained note noted argue argued continue continued reply
    replied respond responded insist insisted recall recalled warn warned declare declared
    quip quipped joke joked acknowledge acknowledged admit admitted
    """
)
"""Cue verbs that alone mark direct speech next to a quotation."""

ADVERBS = words(
    """
    also later then previously recently once further again earlier still privately publicly
    simply flatly bluntly repeatedly frequently often reportedly allegedly has had have
    would will could may might did does do not never just even only quickly angrily
    sarcastically jokingly softly firmly proudly bluntly
    """
)
"""Words that may sit between a subject and its cue verb ("Smith later said")."""

TIME_WORDS = words(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday today yesterday tonight
    on last this morning afternoon evening night week weekend month year earlier later
    """
)
"""Time expressions between a subject and its cue ("Priebus on Thursday told")."""

HONORIFICS = words(
    """
    mr mrs ms miss dr sir dame lord lady rev mx
    """
)

TITLES = words(
    """
    president vice sen senator rep representative gov governor mayor secretary attorney
    general judge justice chairman chairwoman chair speaker leader director administrator
    commissioner spokesman spokeswoman spokesperson minister chancellor ambassador ceo cfo
    coo chief executive officer founder cofounder co-founder adviser advisor aide
    strategist manager chairperson candidate nominee pastor pope sheriff officer detective
    agent lt gen col sgt capt cmdr adm maj cpl pvt prof professor mr mrs ms dr rev hon supt
    insp det atty deputy acting assistant associate senior former incumbent congressman
    congresswoman councilman councilwoman councilmember councillor councilor lawmaker rabbi
    imam analyst
    economist pollster historian author editor columnist reporter correspondent anchor host
    producer lawyer attorney counsel prosecutor defender partner executive treasurer
    comptroller auditor superintendent chancellor provost commander colonel general
    sergeant lieutenant major admiral premier emir sheikh ayatollah president-elect
    vice-president governor-elect press communications campaign national regional state
    deputy interim del delegate
    """
)
"""Words of titles and roles that precede a name ("DEA Administrator Anne Milgram")."""

NAME_PARTICLES = words(
    """
    de del della der di da du dos van von la le bin ibn al el st
    """
)
NAME_SUFFIXES = words(
    """
    jr jr. sr sr. ii iii iv
    """
)

PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "she": "f", "her": "f",
    "they": "p", "we": "p", "i": "s", "it": "n",
}
"""Subject pronouns (and their case forms) with a gender/number mark."""

DETERMINERS = words(
    """
    the a an this that these those his her their its our my your some one another
    """
)

ORG_HEADS = words(
    """
    department agency administration committee commission council campaign party bureau
    office ministry court board association institute foundation company corp corporation
    inc llc ltd university college center centre network group service services police army
    navy force forces house senate congress government parliament times post news journal
    tribune herald press magazine television radio fund bank union coalition alliance
    organization organisation federation league club team caucus project network station
    channel review gazette daily weekly report poll survey authority authorities
    hospital clinic school academy museum church
    """
)
"""Head nouns that make a capitalised phrase an organisation ("Justice Department")."""

ORG_ACRONYM_MAX = 6

ANONYMOUS_HEADS = words(
    """
    official officials source sources person people aide aides spokesman spokeswoman
    spokesperson adviser advisers advisor advisors insider insiders staffer staffers
    lawmaker lawmakers analyst analysts expert experts supporter supporters critic critics
    observer observers
    """
)
"""Heads of unnamed sourcing ("officials said", "a person familiar with")."""

_TO_HEADS = words(
    """committee campaign coalition alliance foundation fund movement project center centre
    institute league network partnership society association council"""
)


def joins_with_to(before: str, after: str) -> bool:
    """Is "to" between these two words inside an organisation's name ("Committee to
    Protect Journalists", "Alliance to Reclaim Our Schools")? Only after a head word of a
    body and before a capital: "from Clinton to Obama" stays two names."""
    return (before[:1].isupper() and before.lower() in _TO_HEADS and after[:1].isupper()
            and after[1:2].islower())


PREPOSITIONS = words(
    """
    across halfway along amid amidst among amongst behind beyond inside throughout
    toward towards upon within without underneath alongside around above below beneath
    beside besides between near nearby except via versus onto into against about over
    under off past despite unlike during until since after before
    """
)
"""Prepositions and place adverbs: alone, "Across" ("Across town, …") is never a name; in a
capitalised run it may be one ("Doctors Without Borders", "Beyond Meat"), so those not
already in NOT_NAMES stay out of it. "Per" is left out: it is a first name too; "Outside"
too: it is as often an adjective ("Outside experts said")."""

NOT_NAMES = words(
    """
    the a an and but or so if when while as at in on of for to from by with this that these
    those it its he she they we i you his her their our my your there here then yet still
    also however meanwhile now today yesterday tomorrow monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september
    october november december mr mrs ms dr after before since during though although
    because according what who why how where which whether not no yes some many most all
    both each every any other others several such one two three four five six seven eight
    nine ten first last next amid amidst among amongst despite unlike alongside toward
    towards upon via throughout neither nor perhaps maybe instead
    thus indeed moreover furthermore nevertheless nonetheless whereas unless until
    even only just once like given having see please let click
    """
)
"""Capitalised words that begin sentences but are never part of a name."""

ROLE_NOUNS = words(
    """
    friend wife husband son daughter mother father brother sister uncle aunt cousin
    grandmother grandfather widow member members resident residents voter voters
    supporter worker owner student teacher salesman saleswoman veteran activist
    organizer organiser volunteer delegate delegates official officials head chief
    president director spokesman spokeswoman representative lawyer attorney
    professor scientist researcher fellow expert strategist consultant operative
    donor fundraiser leader leaders founder chairman chairwoman manager adviser
    advisor aide aides colleague colleagues neighbor neighbour employee employees
    campaign team staff staffer spokesperson secretary senator governor candidate
    nominee rival opponent critic critics ally allies analyst analysts observer
    pollster economist historian author writer editor columnist commentator host
    anchor reporter journalist correspondent blogger user users judge justice
    prosecutor detective officer agent sheriff chief executive ceo partner
    investor pastor priest rabbi imam doctor nurse coach player fan fans
    protester protesters protestors demonstrator attendee attendees republican
    republicans democrat democrats conservative conservatives liberal liberals
    group groups organization committee agency department office party
    administration government ministry spokesmen board council union
    former top senior longtime veteran leading chief deputy acting then retired
    woman man actress actor singer comedian businessman businesswoman billionaire
    moderator panelist interviewer narrator announcer caller listener viewer customer
    patient victim witness survivor parent teenager mayor superintendent chancellor
    trustee inspector investigator auditor activist advocate campaigner challenger
    incumbent contender frontrunner front-runner hopeful superdelegate elector
    spectator onlooker bystander homeowner landlord tenant farmer rancher miner retiree
    soldier sailor commander diplomat ambassador envoy minister bishop cleric preacher
    scholar physician surgeon psychologist psychiatrist therapist engineer defendant
    plaintiff juror referee executive entrepreneur banker trader merchant vendor
    contractor developer architect artist musician filmmaker producer publisher pundit
    surrogate surrogates backer backers
    """
)
"""Lower-case nouns and modifiers that may head or precede a name in a subject phrase
(each noun's plural is added below)."""

_ROLE_MODIFIERS = words("former top senior longtime leading deputy acting then retired")


def plural(noun: str) -> str:
    """The regular English plural of a person noun ("spokesman" → "spokesmen")."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("fe"):
        return noun[:-2] + "ves"  # wife, wives
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


_VERB_PLURALS = words(
    """heads hosts judges coaches anchors advocates authors witnesses campaigns nurses
    doctors partners volunteers rivals teams boards fathers mothers staffs offices"""
)
"""Plurals that are as often a verb ("Citizens for Tax Justice advocates a rule"): a subject
ending in one would swallow its verb, so they are left out."""

ROLE_NOUNS = ROLE_NOUNS | frozenset(
    p for p in (plural(w) for w in ROLE_NOUNS - _ROLE_MODIFIERS if not w.endswith("s"))
    if p not in _VERB_PLURALS)

FEMALE_FIRST = words(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    margaret betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa
    deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna
    brenda pamela nicole samantha katherine christine debra rachel catherine carolyn janet
    ruth maria heather diane virginia julie joyce victoria kelly christina joan evelyn lauren
    judith olivia martha cheryl megan andrea hannah jacqueline ann jean alice kathryn gloria
    teresa doris sara janice julia marie madison grace judy theresa beverly denise marilyn
    amber danielle rose brittany diana abigail natalie jane lori alexis tiffany kayla hillary
    hilary chelsea ivanka melania michele condoleezza nikki sonia ruth elena dianne kirsten
    tammy susana huma kellyanne sheryl oprah carly sarah debbie loretta janet valerie
    donna jill claire tulsi kamala elise meghan megyn katie hope ivana tiffany angela theresa
    marine christiane federica
    """
)
"""Common female first names: a pronoun "she" cannot name their bearer's namesakes."""

MALE_FIRST = words(
    """
    james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold
    keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan
    bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy
    eugene vincent russell elijah louis bobby philip johnny barack bernie mitt marco ted jeb
    rand chris mike newt rick reince bill jim tim harry chuck mitch ben rudy rahm
    jeff corey reid jared eric vladimir xi bashar recep benjamin francois angela boris
    dick al howard lincoln martin ed mo ari josh
    """
) - FEMALE_FIRST
"""Common male first names."""

"""Units and currencies: surface words and symbols mapped to canonical names.

Canonical names follow the brief contract ("USD", "%", "points", "kg", "years"…).
"""

from __future__ import annotations

CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
# Letters glued before "$": US$, C$, A$, HK$ …
DOLLAR_PREFIXES = {
    "us": "USD",
    "c": "CAD",
    "ca": "CAD",
    "a": "AUD",
    "au": "AUD",
    "nz": "NZD",
    "hk": "HKD",
    "s": "SGD",
}
# Currency codes written before the number ("USD 5 million")
CURRENCY_CODES = {
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "jpy": "JPY",
    "cny": "CNY",
    "rmb": "CNY",
    "inr": "INR",
    "cad": "CAD",
    "aud": "AUD",
    "chf": "CHF",
}
# Currency words written after the number ("5 million euros")
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "peso": "MXN",
    "pesos": "MXN",
    "rupee": "INR",
    "rupees": "INR",
    "rubles": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "francs": "CHF",
    "sterling": "GBP",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
}
SUBUNITS = {"cent": ("USD", 0.01), "cents": ("USD", 0.01), "pence": ("GBP", 0.01)}

PERCENT_WORDS = {"percent", "pct"}  # also "per cent" and "%"
POINT_WORDS = {"point", "points", "pts"}  # also "percentage points"

TIME_UNITS = {
    "year": "years",
    "years": "years",
    "yr": "years",
    "yrs": "years",
    "decade": "decades",
    "decades": "decades",
    "month": "months",
    "months": "months",
    "week": "weeks",
    "weeks": "weeks",
    "day": "days",
    "days": "days",
    "hour": "hours",
    "hours": "hours",
    "hr": "hours",
    "hrs": "hours",
    "minute": "minutes",
    "minutes": "minutes",
    "min": "minutes",
    "mins": "minutes",
    "second": "seconds",
    "seconds": "seconds",
    "sec": "seconds",
    "secs": "seconds",
    "century": "centuries",
    "centuries": "centuries",
}
MEASURE_UNITS = {
    "kilogram": "kg",
    "kilograms": "kg",
    "kg": "kg",
    "kgs": "kg",
    "kilo": "kg",
    "kilos": "kg",
    "gram": "g",
    "grams": "g",
    "pound": "lb",
    "pounds": "lb",
    "lb": "lb",
    "lbs": "lb",
    "ton": "tons",
    "tons": "tons",
    "tonne": "tons",
    "tonnes": "tons",
    "ounce": "oz",
    "ounces": "oz",
    "oz": "oz",
    "kilometer": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometres": "km",
    "km": "km",
    "mile": "miles",
    "miles": "miles",
    "mi": "miles",
    "meter": "m",
    "meters": "m",
    "metre": "m",
    "metres": "m",
    "foot": "feet",
    "feet": "feet",
    "ft": "feet",
    "inch": "inches",
    "inches": "inches",
    "acre": "acres",
    "acres": "acres",
    "hectare": "hectares",
    "hectares": "hectares",
    "gallon": "gallons",
    "gallons": "gallons",
    "liter": "liters",
    "liters": "liters",
    "litre": "liters",
    "litres": "liters",
    "barrel": "barrels",
    "barrels": "barrels",
    "mph": "mph",
    "degree": "degrees",
    "degrees": "degrees",
    "megawatt": "MW",
    "megawatts": "MW",
    "mw": "MW",
    "gigawatt": "GW",
    "gigawatts": "GW",
}
# Words that only make sense as a unit when glued with a hyphen ("30-second spot")
HYPHEN_UNITS = dict(TIME_UNITS)
HYPHEN_UNITS.update({k: v for k, v in MEASURE_UNITS.items() if len(k) > 2})
RATE_PERIODS = {
    "year",
    "month",
    "week",
    "day",
    "hour",
    "annum",
    "minute",
    "second",
    "night",
    "capita",
    "person",
    "head",
    "share",
    "gallon",
    "barrel",
    "ton",
    "pound",
}


def unit_word(low: str) -> str | None:
    """Canonical unit for a word written after a number, or None."""
    return TIME_UNITS.get(low) or MEASURE_UNITS.get(low)

"""The Virus Lab form without Qt: samples checked and packed, the form, its sending."""

"""Privacy by default (S3): consistent pseudonyms and secret scrubbing, like ``sos clean``.

One ``Redactor`` serves a whole report, so a value gets the same pseudonym in every section
and every file made from the report. Pseudonyms are recognisable and cannot be real:
``host-1``, ``user-2``, ``domain-1.invalid``, IPv4 from the 198.18.0.0/15 benchmarking range
(198.18.x.y for private addresses, 198.19.x.y for public ones), IPv6 from the 2001:db8::/32
documentation prefix, locally administered MACs ``02:00:00:…``, UUIDs ``00000000-0000-4000-
8000-…``, ``serial-N``. Loopback, unspecified, multicast and netmask values identify nothing
and are kept. Secrets (passwords, tokens, keys, credentials in URLs) are replaced by
``[secret]`` and never kept anywhere, not even in the local map.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from app.sysinfo.identity import NOT_A_HOME

SECRET = "[secret]"
KINDS = ("hostname", "domain", "user", "home", "ipv4", "ipv6", "mac", "uuid", "serial", "sid")

# Values that are placeholders, not serial numbers.
_PLACEHOLDER_SERIALS = frozenset(
    s.casefold()
    for s in (
        "none",
        "unknown",
        "not specified",
        "not applicable",
        "to be filled by o.e.m.",
        "default string",
        "system serial number",
        "chassis serial number",
        "base board serial number",
        "0123456789",
        "123456789",
        "00000000",
        "0000000000",
        "n/a",
        "na",
        "empty",
    )
)

_KEYWORDS = (
    r"(?:password|passwd|passphrase|pwd|pass|secret|token|api[_-]?key|apikey|access[_-]?key"
    r"|secret[_-]?key|private[_-]?key|client[_-]?secret|auth[_-]?token|credentials?|cookie)"
)
_OPTION_KEYWORDS = (
    r"(?:password|passwd|passphrase|pass|pwd|secret|token|api[-_]?key|apikey|access[-_]?key"
    r"|secret[-_]?key|private[-_]?key|auth|auth[-_]?token|credentials?|key)"
)
_VALUE = r"""("[^"]*"|'[^']*'|[^\s&;,'"]+)"""


def _sub(pattern: str, repl: str | Callable[[re.Match[str]], str], flags: int = 0) -> Any:
    return (re.compile(pattern, flags), repl)


def _short_option(m: re.Match[str]) -> str:
    if m.group(1) is not None:
        return f"-p{m.group(1)}{SECRET}"
    return f"-p{SECRET}"


ENVIRONMENT = "[environment]"
# A value after a key: quoted, a JSON object (one level of nesting), or a bare word.
_KV_VALUE = r"""(?:"(?:[^"\\]|\\.)*"|'[^']*'|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|[^\s,;&'"}\]]+)"""
# Programs whose password option has no telling name, and those options.
_COMMAND_FLAGS = {
    r"redis-cli": r"-a|--pass|--user",
    r"zip|unzip|7z|7za|7zr|rar|unrar": r"-P",
    r"sqlcmd|bcp|osql|isql": r"-P",
    r"ldap\w+": r"-w",
    r"curl": r"-u|--user|-U|--proxy-user",
    r"smbclient|rpcclient|smbmap|smbget|net": r"-U|--user",
    r"openssl": r"-pass|-passin|-passout|-k",
    r"mosquitto_pub|mosquitto_sub": r"-P|--pw",
    r"mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport": r"-p",
}
_COMMAND = re.compile(
    r"(?<![\w.-])(?:[\w.~-]*[/\\])?(?P<cmd>"
    + "|".join(_COMMAND_FLAGS)
    + r")(?:\.exe)?(?P<rest>(?:\s[^;|&\n]*)?)",
    re.I,
)


@functools.cache
def _command_options() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """Per program, its name and its password option (compiled when a program is met)."""
    return [
        (re.compile(rf"^(?:{cmd})$", re.I), re.compile(rf"(?<!\S)({flags})(\s+|=)(?!-)({_VALUE})"))
        for cmd, flags in _COMMAND_FLAGS.items()
    ]


def _scrub_command(m: re.Match[str]) -> str:
    rest = m.group("rest")
    for name, option in _command_options():
        if name.match(m.group("cmd")):
            rest = option.sub(rf"\1\2{SECRET}", rest)
    return m.group(0)[: m.start("rest") - m.start(0)] + rest


# Applied in order to every string; each match counts as one scrubbed secret.
_SECRET_RULES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    # Environment blobs in command lines go whole: --env '{...}', --env=A=b, -e NAME=value,
    # env A=1 B=2 cmd, and a bare JSON object of VARIABLE names.
    _sub(
        r"(?<!\S)(--env(?:ironment)?(?:-vars?)?|--set-env)(=|\s+)('[^']*'|\"[^\"]*\"|\S+)",
        rf"\1\2{ENVIRONMENT}",
    ),
    _sub(
        r"(?<!\S)(-e)(\s+)('[A-Za-z_]\w*=[^']*'|\"[A-Za-z_]\w*=[^\"]*\"|[A-Za-z_]\w*=\S*)",
        rf"\1\2{ENVIRONMENT}",
    ),
    _sub(
        r"(?<![\w./-])(env(?:\s+-\S+)*)(?:\s+[A-Za-z_]\w*=(?:'[^']*'|\"[^\"]*\"|\S*))+",
        rf"\1 {ENVIRONMENT}",
    ),
    _sub(r"""(['"]?)\{\s*"[A-Z][A-Z0-9_]*"\s*:[^{}]*\}\1""", ENVIRONMENT),
    # Programs with a password option of no telling name: redis-cli -a x, zip -P x, ...
    _sub(_COMMAND.pattern, _scrub_command, re.I),
    # A secret-named key with ":" or "=" in JSON, YAML, INI, headers or Python literals:
    # "api_key": "x", 'secret': 'x', password: x, X-Api-Key: x, secret = x
    _sub(
        rf"""(?<![\w-])(["']?)([\w.-]*{_KEYWORDS}[\w.-]*)\1(\s*[:=]\s*)(?!\[secret\])"""
        rf"(?!//){_KV_VALUE}",
        rf"\1\2\1\3{SECRET}",
        re.I,
    ),
    # Header values that are credentials as a whole, to the end of their quoted argument.
    _sub(
        r"""(['"])((?:proxy-)?authorization|(?:set-)?cookie|x-[\w-]*(?:key|token|secret|auth)"""
        r"""[\w-]*)(\s*:\s*)[^'"\r\n]+""",
        rf"\1\2\3{SECRET}",
        re.I,
    ),
    # scheme://user:password@host  (the user of a credential URL is a secret as well)
    _sub(r"\b([a-zA-Z][a-zA-Z0-9+.\-]*://)[^/\s:@'\"]+(?::[^/\s@'\"]*)?@", rf"\1{SECRET}@"),
    # key=value anywhere: --password=x, token=x, PGPASSWORD=x, ?api_key=x&
    _sub(rf"(?<![\w-])([\w.-]*?{_KEYWORDS}[\w.-]*=){_VALUE}", rf"\1{SECRET}", re.I),
    # --password x, --api-key x, -token x (the next word, unless it is another option)
    _sub(
        rf"(?<![\w-])(--?(?:\w+[-_])*{_OPTION_KEYWORDS}(?:[-_][\w-]*)?)(\s+)(?!-){_VALUE}",
        rf"\1\2{SECRET}",
        re.I,
    ),
    # -p x and -px (mysql, sshpass…)
    _sub(r"(?<!\S)-p(?:(\s+)(?!-)\S+|(?=[^\s-])\S+)", _short_option),
    # Windows style /password:x
    _sub(r"(?<!\S)(/(?:password|pass|pwd|p|token|key)[:=])(\S+)", rf"\1{SECRET}", re.I),
    # Authorization: Bearer x / Basic x
    _sub(
        r"\b((?:authorization:\s*)?(?:bearer|basic))\s+[A-Za-z0-9._~+/=-]{8,}",
        rf"\1 {SECRET}",
        re.I,
    ),
    # Well-known token shapes: GitHub, Slack, AWS access keys, API keys, JWTs.
    _sub(
        r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}"
        r"|sk-[A-Za-z0-9_-]{20,}|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"
        r"|glpat-[A-Za-z0-9_-]{20,}|AIza[0-9A-Za-z_-]{35}|(?:sk|rk)_live_[0-9A-Za-z]{20,}"
        r"|npm_[A-Za-z0-9]{36})",
        SECRET,
    ),
]


# What every secret rule needs somewhere in the text: a string without it skips all of them.
# Most strings of a report (package names and versions, kernel modules, most command lines)
# have none. Program names count only where _COMMAND would see a program (not "libnet",
# "libsqlite3"), ``-p`` only as an option of its own (``mysql -p``, not "libpam-python"),
# the option keywords by themselves (``--db-pwd``). tests/app/sysinfo/test_redaction.py
# checks that no rule changes a string this lets through.
_HINT = (
    r"[=@{]|(?<!\S)-p|/p|pwd|bearer|basic|gh[pousr]_|xox|akia|sk-|sk_|rk_|eyj|glpat|aiza|npm_"
    r"|pass|secret|token|key|auth|cred|cookie|-env"
    r"|(?:(?<![\w.-])|(?<=[/\\]))(?:" + "|".join(_COMMAND_FLAGS) + r")"
)
_SECRET_HINT_ANY = functools.cache(lambda: re.compile(_HINT, re.I))  # first non-ASCII text
# The same question for ASCII text, asked of its lower case: what IGNORECASE matches in ASCII
# is exactly that, and a case-sensitive search is about three times faster.
_SECRET_HINT_ASCII = re.compile(_HINT)


def may_hold_secret(text: str) -> bool:
    """Whether any secret rule could apply to ``text`` (no false negatives)."""
    if text.isascii():
        return _SECRET_HINT_ASCII.search(text.lower()) is not None
    return _SECRET_HINT_ANY().search(text) is not None


_HOME_ROOT = r"(?<![\w.~-])(?:/home/|/Users/|[A-Za-z]:[\\/]+Users[\\/]+)"
_MAC = r"(?<![\w:.-])(?:[0-9A-Fa-f]{2}[:-]){5,19}[0-9A-Fa-f]{2}(?![\w:-])"
_UUID = r"(?<![\w-])[0-9A-Fa-f]{8}-(?:[0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}(?![\w-])"
_SID = r"(?<![\w-])S-1-5-21-\d+-\d+-\d+(?=-\d+(?![\w-])|(?![\w-]))"
_IPV6 = (
    r"(?<![\w:.])(?=[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:]{2,39}"
    r"(?:(?<=:)(?:\d{1,3}\.){3}\d{1,3})?(?![\w:])"
)
_IPV4 = r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?!\w|\.\d)"


def _is_netmask(addr: ipaddress.IPv4Address) -> bool:
    bits = int(addr)
    inverted = (~bits) & 0xFFFFFFFF
    return bits != 0 and (inverted & (inverted + 1)) == 0


def _keep_ip(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        return _keep_ip(addr.ipv4_mapped)
    if addr.is_loopback or addr.is_unspecified or addr.is_multicast:
        return True
    return isinstance(addr, ipaddress.IPv4Address) and (_is_netmask(addr) or addr.is_reserved)


@functools.cache
def _versionish(key: str) -> bool:
    """Fields such as ``version`` hold dotted numbers that only look like IPv4 addresses."""
    return key.casefold().endswith("version")


class Redactor:
    """Replaces private values by pseudonyms and scrubs secrets, remembering the map."""

    def __init__(self, private: dict[str, set[str]], reserved: Iterable[str] = ()) -> None:
        self.counts: Counter[str] = Counter()
        # kind → normalised key → pseudonym, and kind → first-seen original → pseudonym
        self._map: dict[str, dict[str, str]] = {k: {} for k in KINDS}
        self.display: dict[str, dict[str, str]] = {k: {} for k in KINDS}
        self._next: Counter[str] = Counter()
        self._reserved = {r.casefold() for r in reserved}
        self._cache: dict[tuple[str, bool], tuple[str, Counter[str] | None]] = {}
        self._literal_kind: dict[str, tuple[str, str]] = {}
        for kind in ("home", "hostname", "domain", "user", "serial"):
            for value in private.get(kind, ()):
                if kind == "serial" and (
                    len(value) < 4 or value.casefold() in _PLACEHOLDER_SERIALS
                ):
                    continue
                if kind == "home" and value.rstrip("/\\") in ("", "/root", "/var/root"):
                    continue
                self._literal_kind.setdefault(value.casefold(), (kind, value))
                self._reserved.add(value.casefold())

        def alternatives(users: bool) -> str:
            words = sorted(
                (
                    v
                    for k, v in self._literal_kind.values()
                    if len(v) >= 2 and (k == "user") == users
                ),
                key=len,
                reverse=True,
            )
            return "|".join(re.escape(w) for w in words)

        # A user's name is found inside file names too ("plan-alice.txt", "alice_notes"):
        # only letters and digits around it make it part of another word.
        literal = ""
        if others := alternatives(users=False):
            literal += rf"(?P<lit>(?<![\w-])(?:{others})(?![\w-]))|"
        if names := alternatives(users=True):
            literal += rf"(?P<ulit>(?<![^\W_])(?:{names})(?![^\W_]))|"
        common = (
            literal + rf"(?P<homeroot>{_HOME_ROOT})(?P<homename>[^\\/\s:;,'\"()\[\]]+)"
            rf"|(?P<mac>{_MAC})|(?P<uuid>{_UUID})|(?P<sid>{_SID})"
        )
        self._with_ip = re.compile(common + rf"|(?P<ipv6>{_IPV6})|(?P<ipv4>{_IPV4})", re.I)
        self._without_ip = re.compile(common, re.I)
        self._ip_cache: dict[str, ipaddress.IPv4Address | ipaddress.IPv6Address | None] = {}

    # -- pseudonyms -----------------------------------------------------------------------
    def _allocate(self, kind: str, make: Callable[[int], str], counter: str | None = None) -> str:
        counter = counter or kind
        while True:
            self._next[counter] += 1
            candidate = make(self._next[counter])
            if candidate.casefold() not in self._reserved:
                return candidate

    def pseudonym(self, kind: str, key: str, original: str, make: Callable[[int], str]) -> str:
        table = self._map[kind]
        found = table.get(key)
        if found is None:
            found = self._allocate(kind, make)
            table[key] = found
            self.display[kind][original] = found
        return found

    def _user(self, name: str) -> str:
        return self.pseudonym("user", name.casefold(), name, lambda n: f"user-{n}")

    def _home(self, path: str) -> str:
        sep = "\\" if ("\\" in path or re.match(r"[A-Za-z]:", path)) else "/"
        name = re.split(r"[\\/]+", path.rstrip("\\/"))[-1]
        user = self._user(name)
        if sep == "\\":
            pseudo = f"C:\\Users\\{user}"
        elif path.startswith("/Users/"):
            pseudo = f"/Users/{user}"
        else:
            pseudo = f"/home/{user}"
        self._map["home"].setdefault(path.casefold(), pseudo)
        self.display["home"].setdefault(path, pseudo)
        return pseudo

    def _literal(self, kind: str, value: str) -> str:
        key = value.casefold()
        if kind == "user":
            return self._user(value)
        if kind == "home":
            return self._home(value)
        if kind == "hostname":
            return self.pseudonym(kind, key, value, lambda n: f"host-{n}")
        if kind == "domain":
            return self.pseudonym(kind, key, value, lambda n: f"domain-{n}.invalid")
        return self.pseudonym(kind, key, value, lambda n: f"serial-{n}")

    def _ip(self, text: str) -> tuple[str, str] | None:
        if text not in self._ip_cache:
            try:
                self._ip_cache[text] = ipaddress.ip_address(text)
            except ValueError:
                self._ip_cache[text] = None
        addr = self._ip_cache[text]
        if addr is None or _keep_ip(addr):
            return None
        key = str(addr)
        if isinstance(addr, ipaddress.IPv4Address):
            public = addr.is_global
            second = 19 if public else 18

            def make4(n: int) -> str:
                return f"198.{second}.{(n - 1) // 254}.{(n - 1) % 254 + 1}"

            table = self._map["ipv4"]
            if key not in table:
                table[key] = self._allocate("ipv4", make4, f"ipv4-{second}")
                self.display["ipv4"][text] = table[key]
            return "ipv4", table[key]
        prefix = "2001:db8:fe80::" if addr.is_link_local else "2001:db8::"
        table = self._map["ipv6"]
        if key not in table:
            table[key] = self._allocate(
                "ipv6", lambda n: f"{prefix}{n:x}", f"ipv6-{addr.is_link_local}"
            )
            self.display["ipv6"][text] = table[key]
        return "ipv6", table[key]

    def _replace(self, m: re.Match[str], counts: Counter[str]) -> str:
        group = m.lastgroup
        text = m.group(0)
        if group in ("lit", "ulit"):
            kind, _ = self._literal_kind[text.casefold()]
            counts[kind] += 1
            return self._literal(kind, text)
        if group == "homename":
            name = m.group("homename")
            if name.casefold() in NOT_A_HOME or name.startswith(("user-", "[")):
                return text
            counts["home"] += 1
            return m.group("homeroot") + self._user(name)
        if group == "mac":
            key = text.lower().replace("-", ":")
            if key.strip("0:") == "" or key.strip("f:") == "":
                return text
            counts["mac"] += 1
            return self.pseudonym(
                "mac",
                key,
                text,
                lambda n: "02:00:00:" + ":".join(f"{(n >> s) & 0xFF:02x}" for s in (16, 8, 0)),
            )
        if group == "uuid":
            key = text.lower()
            if key.strip("0-") == "":
                return text
            counts["uuid"] += 1
            return self.pseudonym("uuid", key, text, lambda n: f"00000000-0000-4000-8000-{n:012x}")
        if group == "sid":
            counts["sid"] += 1
            return self.pseudonym("sid", text.upper(), text, lambda n: f"S-1-5-21-0-0-{n}")
        if group in ("ipv4", "ipv6"):
            found = self._ip(text)
            if found is None:
                return text
            counts[found[0]] += 1
            return found[1]
        return text

    # -- text and documents -----------------------------------------------------------------
    def text(self, value: str, *, ips: bool = True) -> str:
        """One string with secrets scrubbed and private values replaced."""
        cached = self._cache.get((value, ips))
        if cached is not None:
            if cached[1] is not None:
                self.counts.update(cached[1])
            return cached[0]
        # Most strings hold nothing private: one search says so, with no substitution and
        # no counter made for them.
        counts: Counter[str] | None = None
        result = value
        literal = self._literal_kind.get(value.casefold())
        if literal is not None:
            counts = Counter({literal[0]: 1})
            result = self._literal(*literal)
        else:
            found = 0
            if may_hold_secret(result):
                for pattern, repl in _SECRET_RULES:
                    result, n = pattern.subn(repl, result)
                    found += n
            if found:
                counts = Counter(secret=found)
            regex = self._with_ip if ips else self._without_ip
            if regex.search(result) is not None:
                hits = counts = counts if counts is not None else Counter()
                result = regex.sub(lambda m: self._replace(m, hits), result)
        self._cache[(value, ips)] = (result, counts or None)
        if counts:
            self.counts.update(counts)
        return result

    def walk(self, value: Any, ips: bool = True) -> Any:
        """A JSON-like value with every string value redacted.

        Object keys are names the collector chose, never collected values, so they are kept.
        Under keys ending in ``version`` dotted numbers are not taken for IPv4 addresses.
        """
        if isinstance(value, str):
            return self.text(value, ips=ips)
        if isinstance(value, dict):
            out = {}
            # isinstance with tuples, not unions: this runs for every value of the report.
            for k, v in value.items():
                if isinstance(v, str):
                    out[k] = self.text(v, ips=not _versionish(k))
                elif isinstance(v, (dict, list)):
                    out[k] = self.walk(v, not _versionish(k))
                else:
                    out[k] = v
            return out
        if isinstance(value, list):
            return [self.walk(v, ips) if isinstance(v, (str, dict, list)) else v for v in value]
        return value

    def originals(self) -> set[str]:
        """Every original value that was replaced (normalised), to check for collisions."""
        found = set(self._reserved)
        for table in self._map.values():
            found.update(table)
        return {f.casefold() for f in found}

    def pseudonyms(self) -> set[str]:
        return {p.casefold() for table in self._map.values() for p in table.values()}

    def mapping(self) -> dict[str, dict[str, str]]:
        """kind → {original: pseudonym}; stays on this machine."""
        return {kind: dict(table) for kind, table in self.display.items() if table}

    def distinct(self) -> dict[str, int]:
        return {kind: len(table) for kind, table in self._map.items() if table}


def redact_document(
    document: dict[str, Any], private: dict[str, set[str]]
) -> tuple[dict[str, Any], Redactor]:
    """Redact a whole report; retried when a pseudonym happens to equal a real value."""
    reserved: set[str] = set()
    private = {kind: set(values) for kind, values in private.items()}
    while True:
        redactor = Redactor(private, reserved)
        redacted = redactor.walk(document)
        # A name first met as a home folder is then looked for everywhere (in file names
        # before the folder was seen, say): once more, with it known.
        learned = {n for n in redactor.display["user"] if not n.startswith(("user-", "["))}
        if not learned <= private.setdefault("user", set()):
            private["user"] |= learned
            continue
        clash = redactor.pseudonyms() & redactor.originals()
        if not clash or clash <= reserved:
            return redacted, redactor
        reserved |= clash


def unredact(value: Any, mapping: dict[str, dict[str, str]]) -> Any:
    """A copy with the original values put back (for the local side-by-side view).

    Scrubbed secrets stay scrubbed: they are kept nowhere.
    """
    reverse: dict[str, str] = {}
    for table in mapping.values():
        for original, pseudo in table.items():
            reverse.setdefault(pseudo.casefold(), original)
    words = sorted(reverse, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.I
    )

    def text(s: str) -> str:
        return pattern.sub(lambda m: reverse[m.group(0).casefold()], s) if words else s

    def walk(v: Any) -> Any:
        if isinstance(v, str):
            return text(v)
        if isinstance(v, dict):
            return {text(k): walk(x) for k, x in v.items()}
        if isinstance(v, list):
            return [walk(x) for x in v]
        return v

    return walk(value)

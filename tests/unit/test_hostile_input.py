"""Hostile input in URL path parameters.

Every public method of every API class reachable from a :class:`hvac.Client` (``client.auth.*``,
``client.secrets.*`` with ``kv.v1``/``kv.v2``, ``client.sys``) is found by introspection. Each
method is called once with benign arguments; then each of its string parameters in turn is set
to a unique marker to learn which ones end up in the URL path and where. For every such parameter
hypothesis feeds hostile strings (dot segments, percent escapes, ``?``/``#``, control characters,
unicode, empty and very long strings, random text) and the call must either be refused before
anything is sent (ParamValidationError, TypeError or ValueError), or send exactly the requests of
the benign call with the value quoted in its place, as the reference's ``format_url`` would: no
``.``/``..`` segment, nothing that climbs out of the mount or escapes into the query string.
"""
import importlib
import inspect
import pkgutil
import re
import warnings
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any, Callable, Dict, List, Optional, Tuple
from urllib.parse import quote, unquote, urlsplit

import pytest
import requests_mock
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import hvac
from hvac import exceptions, utils
from hvac.api.auth_methods import AuthMethods
from hvac.api.secrets_engines import SecretsEngines
from hvac.constants import aws as aws_constants
from hvac.constants import gcp as gcp_constants
from hvac.constants import transit as transit_constants
from tests.unit import hostile_overrides

URL = "https://vault.test:8200"
MAX_EXAMPLES = 25
#: Exceptions a method may raise for a hostile string, provided nothing was sent.
REFUSALS = (exceptions.ParamValidationError, TypeError, ValueError)
#: A JSON answer that every method can digest (reads, lists, logins).
ANSWER = {"data": {}, "auth": {"client_token": "s.hostile-test"}}
PEM = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUbenign\n-----END CERTIFICATE-----\n"

# Arguments introspection cannot guess: enum-validated values (first allowed value from
# hvac.constants), mutually required arguments, files. Keyed by "<target>.<method>".
OVERRIDES: Dict[str, Dict[str, Any]] = {
    "auth.gcp.create_role": {"role_type": gcp_constants.ALLOWED_ROLE_TYPES[0]},
    "auth.cert.create_ca_certificate_role": {"certificate": PEM},
    # An existing file as the client certificate (requests_mock never opens it).
    "auth.cert.login": {"cacert": PEM, "cert_pem": __file__},
    "secrets.aws.generate_credentials": {"endpoint": aws_constants.ALLOWED_CREDS_ENDPOINTS[0]},
    "secrets.aws.create_or_update_role": {"credential_type": aws_constants.ALLOWED_CREDS_TYPES[0]},
    "secrets.transit.encrypt_data": {"plaintext": "aGk="},
    "secrets.transit.export_key": {"key_type": transit_constants.ALLOWED_EXPORT_KEY_TYPES[0]},
    "secrets.transit.generate_data_key": {"key_type": transit_constants.ALLOWED_DATA_KEY_TYPES[0]},
    "secrets.transit.sign_data": {"hash_input": "aGk="},
    "secrets.transit.verify_signed_data": {"signature": "vault:v1:c2ln"},
}
for _module in pkgutil.iter_modules(hostile_overrides.__path__):
    OVERRIDES.update(importlib.import_module(f"{hostile_overrides.__name__}.{_module.name}").OVERRIDES)
# Methods that cannot be called generically, with the reason (shown in the skipped test ids).
SKIPPED: Dict[str, str] = {}


def _make_client() -> Tuple[hvac.Client, requests_mock.Adapter]:
    mock = requests_mock.Adapter()
    mock.register_uri(requests_mock.ANY, requests_mock.ANY, json=ANSWER)
    client = hvac.Client(url=URL, token="s.test")
    client.session.trust_env = False  # no proxy look-ups in the environment: ~35% faster calls
    client.session.mount("https://", mock)
    client.session.mount("http://", mock)
    return client, mock


CLIENT, MOCK = _make_client()


def _api_objects(client: hvac.Client) -> List[Tuple[str, Any]]:
    objects = [(f"auth.{cls.__name__.lower()}", getattr(client.auth, cls.__name__.lower())) for cls in AuthMethods.implemented_classes]
    for cls in SecretsEngines.implemented_classes:
        name = cls.__name__.lower()
        if name == "kv":
            objects += [("secrets.kv.v1", client.secrets.kv.v1), ("secrets.kv.v2", client.secrets.kv.v2)]
        else:
            objects.append((f"secrets.{name}", getattr(client.secrets, name)))
    objects.append(("sys", client.sys))
    return objects


def _benign(parameter: inspect.Parameter) -> Any:
    """A harmless value of the parameter's annotated type (strings when unsure)."""
    hint = parameter.annotation
    text = str(hint).replace("typing.", "")
    if hint is bool or text == "bool":
        return True
    if hint is int or text == "int":
        return 1
    if re.match(r"(Optional\[)?(List|list|Sequence|Iterable)\b", text):
        return ["a"]
    if re.match(r"(Optional\[)?(Dict|dict|Mapping)\b", text):
        return {"k": "v"}
    return f"benign-{parameter.name}"


def _paths(history: List[Any]) -> List[str]:
    return [urlsplit(request.url).path for request in history]


def _call(method: Callable[..., Any], kwargs: Dict[str, Any]) -> Tuple[Optional[BaseException], List[Any]]:
    """Call with the mock reset; return the exception (if any) and the requests sent."""
    MOCK.reset()
    error: Optional[BaseException] = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            method(**kwargs)
        except Exception as caught:  # noqa: BLE001 - classified by the caller
            error = caught
    return error, list(MOCK.request_history)


@dataclass(frozen=True)
class Case:
    """One URL parameter of one method."""

    target: str  # e.g. "secrets.kv.v2"
    method: str
    parameter: str
    kwargs: Tuple[Tuple[str, Any], ...]  # benign arguments, the parameter set to ``marker``
    marker: str
    benign_methods: Tuple[str, ...]  # HTTP verbs of the benign call
    benign_paths: Tuple[str, ...]  # paths of the benign call (with the marker)

    @property
    def id(self) -> str:
        return f"{self.target}.{self.method}[{self.parameter}]"

    def bound(self) -> Callable[..., Any]:
        obj: Any = CLIENT
        for part in self.target.split("."):
            obj = getattr(obj, part)
        return getattr(obj, self.method)


def _discover() -> Tuple[List[Case], Dict[str, str], int]:
    """Find every (method, URL parameter); return the cases, the skipped methods and the
    number of methods that send a request."""
    cases: List[Case] = []
    skipped = dict(SKIPPED)
    sending = 0
    counter = 0
    for target, obj in _api_objects(CLIENT):
        for name, method in inspect.getmembers(obj, predicate=inspect.ismethod):
            full = f"{target}.{name}"
            if name.startswith("_") or full in skipped:
                continue
            parameters = [
                p for p in inspect.signature(method).parameters.values() if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
            ]
            base = {p.name: _benign(p) for p in parameters if p.default is inspect.Parameter.empty}
            base.update(OVERRIDES.get(full, {}))
            error, sent = _call(method, base)
            if not sent:
                if error is not None:
                    skipped[full] = f"benign call refused: {type(error).__name__}: {error}"[:120]
                continue  # sends nothing (e.g. a helper such as jwt.resolve_path)
            sending += 1
            for parameter in parameters:
                counter += 1
                markers = [f"hvzq{counter}x"]
                override = OVERRIDES.get(full, {}).get(parameter.name)
                if isinstance(override, str) and override not in [v for k, v in base.items() if k != parameter.name]:
                    markers.append(override)  # an enum-validated value that must stay as it is
                for marker in markers:
                    error, sent = _call(method, {**base, parameter.name: marker})
                    paths = _paths(sent)
                    if not sent or not any(marker in path for path in paths):
                        continue
                    if marker != markers[0] and sum(path.count(marker) for path in paths) != 1:
                        continue  # the fallback value is not unique in the path: cannot locate it
                    cases.append(
                        Case(
                            target=target,
                            method=name,
                            parameter=parameter.name,
                            kwargs=tuple(sorted({**base, parameter.name: marker}.items(), key=lambda kv: kv[0])),
                            marker=marker,
                            benign_methods=tuple(r.method for r in sent),
                            benign_paths=tuple(paths),
                        )
                    )
                    break
    return cases, skipped, sending


CASES, SKIPPED_METHODS, SENDING_METHODS = _discover()


def _normalise(path: str) -> str:
    """What the adapter does to a path before sending: ``//`` collapsed, outer ``/`` stripped."""
    return "/" + re.sub("/+", "/", path).strip("/")


def _has_dot_segment(path: str) -> bool:
    return any(unquote(segment) in (".", "..") for segment in path.split("/"))


def check_hostile_value(case: Case, value: str) -> None:
    """The property: refused before sending, or sent to the method's own endpoint with the value
    quoted in its place."""
    kwargs = dict(case.kwargs)
    kwargs[case.parameter] = value
    error, sent = _call(case.bound(), kwargs)
    if not sent:
        assert error is not None, f"{case.id}: nothing sent and nothing raised for {value!r}"
        assert isinstance(error, REFUSALS), f"{case.id}: {type(error).__name__} escaped for {value!r}: {error}"
        return
    paths = _paths(sent)
    quoted = quote(value, safe="/")
    expected = [_normalise(path.replace(case.marker, quoted)) for path in case.benign_paths]
    assert [r.method for r in sent] == list(case.benign_methods), f"{case.id}: other verbs for {value!r}"
    assert paths == expected, f"{case.id}: {value!r} sent to {paths}, expected {expected}"
    for path, benign in zip(paths, case.benign_paths):
        assert not _has_dot_segment(path), f"{case.id}: dot segment sent for {value!r}: {path}"
        if case.marker in benign:
            prefix = _normalise(benign[: benign.index(case.marker)])
            assert path == prefix or path.startswith(prefix.rstrip("/") + "/"), f"{case.id}: {path} left {prefix}"
    for request in sent:
        assert not urlsplit(request.url).fragment, f"{case.id}: fragment sent for {value!r}"


# ---------------------------------------------------------------- strategies

_FRAGMENTS = [
    "../", "./", "..", ".", "/", "//", "?", "#", "&", "=", ";", "+", "@", ":", "~", "\\", "..\\",
    "%2e%2e", "%2E%2E", "%2e", "%2F", "%2f", "%5C", "%", "%25", "%252e", "%zz", "%u002e",
    "\x00", "\n", "\r\n", "\t", "\x1b", "\x7f", " ", "\u00a0", "ü", "日本", "\u202e", "\U0001f600",
    "\uff0e\uff0e", "a", "secret", "sys", "seal", "list=true",
]
HOSTILE_LITERALS = [
    "", ".", "..", "../", "./", "/..", "/.", "../../sys/seal", "..%2f..%2fsys%2fseal", "%2e%2e/%2e%2e/sys/seal",
    "%2E%2E", "%2e", "a/../b", "a/./b", "a/..", "?list=true", "#frag", "%", "a%b", "\x00", "\r\nX-Injected: 1",
    "\ud800", "ünïcode", "a b", "/", "//", "///x", "a" * 5000, "../" * 2000, "é" * 3000,
]
HOSTILE = st.one_of(
    st.sampled_from(HOSTILE_LITERALS),
    st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=4)), max_size=12).map("".join),
    st.text(max_size=40),
    st.text(alphabet=st.sampled_from("./%2eE"), max_size=12),
)


_EXAMPLES = ["../../sys/seal", "..", "%2e%2e", "", "a?b#c", "../" * 2000]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_url_parameter_keeps_its_place(case: Case) -> None:
    # The property is built per case: one decorated test parametrized over >1,000 cases makes
    # hypothesis chain its settings case after case until the recursion limit.
    def check(value: str) -> None:
        check_hostile_value(case, value)

    for value in _EXAMPLES:
        check = example(value=value)(check)
    settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )(given(value=HOSTILE)(check))()


class Unusual:
    """A value of no type a path parameter expects, whose ``str`` would add a query and a fragment."""

    def __str__(self) -> str:
        return "a b?list=true#frag"


@pytest.mark.parametrize("value", [PurePosixPath("a b?version=9#d"), b"x?y", Unusual()], ids=["pathlib", "bytes", "object"])
def test_a_url_parameter_of_any_type_is_quoted_as_its_string(value: Any) -> None:
    """Refused, or sent as ``str(value)`` quoted in its place: nothing ends the path early."""
    for case in CASES:
        kwargs = {**dict(case.kwargs), case.parameter: value}
        error, sent = _call(case.bound(), kwargs)
        if not sent:
            assert isinstance(error, REFUSALS), f"{case.id}: {type(error).__name__} escaped for {value!r}: {error}"
            continue
        expected = [_normalise(unquote(path).replace(case.marker, str(value))) for path in case.benign_paths]
        assert [unquote(path) for path in _paths(sent)] == expected, case.id
        assert not any(urlsplit(r.url).fragment for r in sent), case.id
        assert [urlsplit(r.url).query for r in sent] == [urlsplit(r.url).query for r in _call(case.bound(), dict(case.kwargs))[1]]


@pytest.mark.parametrize("reason", sorted(SKIPPED_METHODS.values()) or ["none"], ids=sorted(SKIPPED_METHODS) or ["none"])
def test_methods_not_called_generically(reason: str) -> None:
    if reason != "none":
        pytest.skip(reason)


def test_discovery_found_the_api() -> None:
    """Introspection must reach the whole API; a regression here would silently shrink coverage."""
    targets = {case.target for case in CASES}
    assert {"secrets.kv.v1", "secrets.kv.v2", "sys", "auth.approle", "secrets.transit", "auth.token"} <= targets
    assert SENDING_METHODS > 400
    assert len(CASES) > SENDING_METHODS  # mount points plus names
    assert len(SKIPPED_METHODS) <= 5, SKIPPED_METHODS
    ids = {case.id for case in CASES}
    for expected in (
        "secrets.kv.v2.read_secret_version[path]",
        "secrets.kv.v2.read_secret_version[mount_point]",
        "sys.read_policy[name]",
        "auth.jwt.read_role[path]",
        "secrets.transit.export_key[key_type]",
        "secrets.aws.generate_credentials[endpoint]",
    ):
        assert expected in ids


# ---------------------------------------------------------------- explicit regressions


@pytest.fixture
def mocker():
    with requests_mock.Mocker() as mock:
        mock.register_uri(requests_mock.ANY, requests_mock.ANY, json=ANSWER)
        yield mock


@pytest.fixture
def client(mocker):
    return hvac.Client(url=URL, token="s.test")


REFUSED_CALLS = [
    ("kv2 read_secret_version ../../sys/seal", lambda c: c.secrets.kv.v2.read_secret_version(path="../../sys/seal", raise_on_deleted_version=True)),
    ("kv2 read_secret ..", lambda c: c.secrets.kv.v2.read_secret(path="..", raise_on_deleted_version=True)),
    ("kv2 write ../../sys/policy/x", lambda c: c.secrets.kv.v2.create_or_update_secret(path="../../sys/policy/x", secret={"a": "b"})),
    ("kv2 mount_point ..", lambda c: c.secrets.kv.v2.read_secret_version(path="x", mount_point="../sys", raise_on_deleted_version=True)),
    ("kv2 percent-encoded", lambda c: c.secrets.kv.v2.read_secret_version(path="%2e%2e/%2e%2e/sys/seal", raise_on_deleted_version=True)),
    ("kv1 read ../sys/seal", lambda c: c.secrets.kv.v1.read_secret(path="../../sys/seal")),
    ("kv1 delete a/../../b", lambda c: c.secrets.kv.v1.delete_secret(path="a/../../b")),
    ("sys read_policy ../x", lambda c: c.sys.read_policy(name="../x")),
    ("sys delete_policy ..", lambda c: c.sys.delete_policy(name="..")),
    ("sys disable_secrets_engine ./x", lambda c: c.sys.disable_secrets_engine(path="./x")),
    ("transit encrypt name ../..", lambda c: c.secrets.transit.encrypt_data(name="../../sys/seal", plaintext="aGk=")),
    ("approle read_role ..", lambda c: c.auth.approle.read_role(role_name="../../token/create")),
    ("userpass login mount ../token", lambda c: c.auth.userpass.login(username="u", password="p", mount_point="../token")),
    ("jwt path ..", lambda c: c.auth.jwt.read_role(name="r", path="..")),
    ("identity read_entity ..", lambda c: c.secrets.identity.read_entity(entity_id="..")),
    ("client.read generic path", lambda c: c.read("secret/../../sys/seal")),
]


@pytest.mark.parametrize("call", [call for _, call in REFUSED_CALLS], ids=[name for name, _ in REFUSED_CALLS])
def test_dot_segments_are_refused_before_sending(client, mocker, call):
    with pytest.raises(exceptions.ParamValidationError):
        call(client)
    assert mocker.request_history == []


ACCEPTED_VALUES = ["a/b c", "nested/path/x", "ünïcode", "a%b", "a?b", "x#y", "..a", "a..", ".hidden", "%2Fx", "a+b=c&d"]


@pytest.mark.parametrize("value", ACCEPTED_VALUES)
def test_reference_values_are_sent_as_the_reference_sends_them(client, mocker, value):
    client.secrets.kv.v2.read_secret_version(path=value, raise_on_deleted_version=True)
    client.secrets.kv.v2.create_or_update_secret(path=value, secret={"a": "b"})
    client.sys.read_policy(name=value)
    client.secrets.kv.v1.read_secret(path=value, mount_point=value)
    expected = [
        ("GET", utils.format_url("/v1/{mount_point}/data/{path}", mount_point="secret", path=value)),
        ("POST", utils.format_url("/v1/{mount_point}/data/{path}", mount_point="secret", path=value)),
        ("GET", utils.format_url("/v1/sys/policy/{name}", name=value)),
        ("GET", utils.format_url("/v1/{mount_point}/{path}", mount_point=value, path=value)),
    ]
    sent = [(r.method, urlsplit(r.url).path) for r in mocker.request_history]
    assert sent == expected
    assert all(not urlsplit(r.url).query and not urlsplit(r.url).fragment for r in mocker.request_history)


def test_plain_nested_path_is_unchanged(client, mocker):
    client.secrets.kv.v2.read_secret_version(path="team/app/db", raise_on_deleted_version=True)
    assert mocker.request_history[0].url == f"{URL}/v1/secret/data/team/app/db"

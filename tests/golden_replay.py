"""Replay of the recorded reference traffic (tests/golden/*.jsonl) against this package.

Each case builds a fresh Client, answers every request from a requests-mock fake server,
and observes what the package sends, returns, warns and logs; :func:`difference` compares
that with the recording. The comparison is the strict one: besides verbs, paths, bodies,
headers and results it covers the transport settings handed to requests, full URLs,
exception messages, warning texts and log records.
"""
import contextlib
import datetime
import importlib
import io
import json
import logging
import os
import re
import sys
import warnings
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Dict, Iterator, List, Optional, Tuple
from unittest import mock
from urllib.parse import parse_qs, urlsplit

import requests
import requests_mock
import urllib3

import hvac

GOLDEN_DIR = Path(__file__).parent / "golden"
_REQUESTS_DEFAULT_HEADERS = {k.lower(): v for k, v in requests.utils.default_headers().items()}
# requests merges these into `verify` and `proxies` at send time; the recording had none of them.
_TRANSPORT_ENVIRONMENT = ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
_IGNORED_WARNING_TEXT = "utcnow"  # Python 3.12's own deprecation of datetime.utcnow, not the package's


def load_cases() -> Iterator[Tuple[str, Dict[str, Any]]]:
    """Yield ``(source file stem, case)`` for every recorded case."""
    for path in sorted(GOLDEN_DIR.glob("*.jsonl")):
        with open(path) as cases:
            for line in cases:
                if line.strip():
                    yield path.stem, json.loads(line)


def decode(value: Any) -> Any:
    """Turn the corpus's ``{"$bytes": …}`` / ``{"$tuple": […]}`` markers back into Python values."""
    if isinstance(value, dict):
        if set(value) == {"$bytes"}:
            return value["$bytes"].encode()
        if set(value) == {"$tuple"}:
            return tuple(decode(v) for v in value["$tuple"])
        return {k: decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v) for v in value]
    return value


def _import_dotted(name: str) -> Any:
    module, _, attr = name.rpartition(".")
    return getattr(importlib.import_module(module), attr)


def _target(client: hvac.Client, dotted: str) -> Any:
    parts = dotted.split(".")
    if parts[0] == "client":
        obj: Any = client
        for part in parts[1:]:
            obj = getattr(obj, part)
        return obj
    for split in range(len(parts) - 1, 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for part in parts[split:]:
            obj = getattr(obj, part)
        return obj
    raise ImportError(dotted)


def _as_json(value: Any) -> Any:
    try:
        return json.loads(json.dumps(value))
    except (TypeError, ValueError):
        return None


def describe_result(value: Any) -> Dict[str, Any]:
    """Describe a return value the way the corpus records it."""
    if value is None:
        return {"kind": "none"}
    if isinstance(value, requests.Response):
        return {"kind": "response", "value": value.status_code}
    if isinstance(value, bool):
        return {"kind": "bool", "value": value}
    for kind, kind_type in (("dict", dict), ("str", str), ("list", list), ("int", int), ("float", float)):
        if isinstance(value, kind_type):
            as_json = _as_json(value)
            if as_json is not None or value == []:
                return {"kind": kind, "value": as_json}
            return {"kind": kind, "type": type(value).__name__}
    if isinstance(value, tuple):
        return {"kind": "other", "type": "tuple", "value": _as_json(list(value))}
    if isinstance(value, (requests.PreparedRequest, requests.Request)):
        body = value.body if isinstance(value, requests.PreparedRequest) else value.data
        if isinstance(body, bytes):
            body = body.decode(errors="replace")
        return {
            "kind": "other",
            "type": type(value).__name__,
            "value": {"method": value.method, "url": value.url, "headers": _as_json(dict(value.headers)), "body": _as_json(body)},
        }
    return {"kind": "other", "type": type(value).__name__}


def describe_transport(sent: Any) -> Dict[str, Any]:
    """The settings the package handed to requests for one send."""
    transport = {}
    for name in ("timeout", "verify", "cert", "proxies"):
        value = getattr(sent, name, None)
        if name == "proxies":
            value = dict(value or {})
        elif isinstance(value, tuple):
            value = list(value)
        transport[name] = _as_json(value)
    return transport


def describe_request(sent: Any) -> Dict[str, Any]:
    """Describe one request the fake server received."""
    body = sent.body
    if isinstance(body, bytes):
        try:
            body = body.decode()
        except UnicodeDecodeError:
            body = repr(body)
    as_json = data = None
    if body not in (None, ""):
        try:
            as_json = json.loads(body)
        except ValueError:
            data = body
    headers = {}
    for name, value in sent.headers.items():
        if name.lower() == "content-length" or _REQUESTS_DEFAULT_HEADERS.get(name.lower()) == value:
            continue
        headers[name.lower()] = value if isinstance(value, str) else value.decode()
    parts = urlsplit(sent.url)
    return {
        "method": sent.method,
        "url": sent.url,
        "path": parts.path,
        "query": parse_qs(parts.query, keep_blank_values=True),
        "json": as_json,
        "data": data,
        "headers": headers,
        "transport": describe_transport(sent),
    }


def _mock_kwargs(answer: Dict[str, Any]) -> Dict[str, Any]:
    text = json.dumps(answer["json"], sort_keys=True) if answer.get("json") is not None else answer.get("text", "")
    return {"status_code": answer.get("status", 200), "headers": dict(answer.get("headers") or {}), "text": text}


def frozen_clock(instant: str) -> type:
    """A ``datetime`` class whose ``utcnow()``/``now()`` give ``instant`` (ISO, UTC)."""
    fixed = datetime.datetime.fromisoformat(instant)

    class FrozenDatetime(datetime.datetime):
        @classmethod
        def utcnow(cls) -> "FrozenDatetime":  # type: ignore[override]
            return cls.combine(fixed.date(), fixed.time())

        @classmethod
        def now(cls, tz: Any = None) -> "FrozenDatetime":  # type: ignore[override]
            moment = cls.combine(fixed.date(), fixed.time())
            return moment if tz is None else moment.replace(tzinfo=datetime.timezone.utc).astimezone(tz)

    return FrozenDatetime


@contextlib.contextmanager
def _recording_conditions(case: Dict[str, Any]) -> Iterator[List[Dict[str, Any]]]:
    """No transport variables in the environment, the case's clock, and the ``hvac`` log captured."""
    saved = {name: os.environ.pop(name) for name in list(os.environ) if name.upper() in _TRANSPORT_ENVIRONMENT}
    records: List[Dict[str, Any]] = []

    class Capture(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append({"level": record.levelname, "logger": record.name, "message": record.getMessage()})

    handler = Capture(level=logging.WARNING)
    logger = logging.getLogger("hvac")
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False
    clock = (
        mock.patch("hvac.aws_utils.datetime", frozen_clock(case["clock"]))
        if case.get("clock")
        else contextlib.nullcontext()
    )
    try:
        with clock:
            yield records
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
        os.environ.update(saved)


def _outcome(call: Any) -> Dict[str, Any]:
    try:
        return {"result": describe_result(call())}
    except Exception as error:  # noqa: BLE001 - the exception is the observation
        return {"raises": type(error).__name__, "raises_message": str(error)}


#: The lean adapter standing in for each requests-based one when the corpus is replayed through urllib3.
LEAN_ADAPTERS = {
    "hvac.adapters.JSONAdapter": "hvac.adapters.Urllib3Adapter",
    "hvac.adapters.RawAdapter": "hvac.adapters.Urllib3RawAdapter",
}


class LeanServer:
    """Stands in for the network under the lean adapters: answers every request from the case
    and records it (their one network call, ``_transmit``, is replaced by :meth:`transmit`)."""

    def __init__(self, answer: Any) -> None:
        self.answers = [_mock_kwargs(a) for a in (answer if isinstance(answer, list) else [answer])]
        self.request_history: List[Dict[str, Any]] = []

    def transmit(self, method: str, url: str, body: Any, headers: Dict[str, str], *_: Any) -> Any:
        if isinstance(body, str):
            body = body.encode()
        self.request_history.append({"method": method, "url": url, "body": body, "headers": headers})
        answer = self.answers[min(len(self.request_history), len(self.answers)) - 1]
        return urllib3.HTTPResponse(
            body=io.BytesIO(answer["text"].encode()), headers=answer["headers"], status=answer["status_code"], preload_content=True
        )


def _describe_lean_request(sent: Dict[str, Any]) -> Dict[str, Any]:
    described = describe_request(SimpleNamespace(**sent))
    del described["transport"]  # urllib3 is given no requests transport settings
    return described


def run_case(case: Dict[str, Any], lean: bool = False) -> Dict[str, Any]:
    """Execute one case against the package; return the observation in the corpus's shape.

    :param lean: send through the urllib3 adapters (the stand-ins of JSONAdapter/RawAdapter)
        instead of requests; the transport settings are then not observed.
    """
    observed: Dict[str, Any] = {}
    outcomes: List[Dict[str, Any]] = []
    with _recording_conditions(case) as log_records, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        answer = case.get("response") or {"status": 204}
        lean_server = LeanServer(answer)
        with requests_mock.Mocker() as mocker, mock.patch(
            "hvac._urllib3_adapters.Urllib3RawAdapter._transmit", lambda adapter, *args: lean_server.transmit(*args)
        ):
            if isinstance(answer, list):
                mocker.register_uri(requests_mock.ANY, requests_mock.ANY, [_mock_kwargs(a) for a in answer])
            else:
                mocker.register_uri(requests_mock.ANY, requests_mock.ANY, **_mock_kwargs(answer))
            client: Any = None

            def build_client() -> None:
                nonlocal client
                client_kwargs = decode(dict(case.get("client_kwargs") or {}))
                if lean:
                    client_kwargs["adapter"] = LEAN_ADAPTERS[client_kwargs.get("adapter", "hvac.adapters.JSONAdapter")]
                if isinstance(client_kwargs.get("adapter"), str):
                    client_kwargs["adapter"] = _import_dotted(client_kwargs["adapter"])
                client = hvac.Client(**client_kwargs)

            built = _outcome(build_client)
            if "raises" in built:
                outcomes = [built]
            else:
                for step in [case] + list(case.get("then", [])):

                    def call(step: Dict[str, Any] = step) -> Any:
                        target = _target(client, step["target"])
                        if step.get("access") == "attribute":
                            return target
                        return target(*decode(step.get("args", [])), **decode(step.get("kwargs", {})))

                    outcomes.append(_outcome(call))
                    if "raises" in outcomes[-1]:
                        break
            observed["requests"] = [describe_request(r) for r in mocker.request_history] + [
                _describe_lean_request(r) for r in lean_server.request_history
            ]
    observed.update(outcomes[0])
    if len(outcomes) > 1 or case.get("then"):
        observed["then_results"] = outcomes[1:]
    observed["warnings"] = [
        {"category": w.category.__name__, "message": str(w.message)}
        for w in caught
        if not issubclass(w.category, (ResourceWarning, ImportWarning)) and _IGNORED_WARNING_TEXT not in str(w.message)
    ]
    observed["logs"] = log_records
    return observed


def comparable(case: Dict[str, Any]) -> Dict[str, Any]:
    """The parts of a case (recorded or observed) that must agree."""
    with_transport = any("transport" in r for r in case.get("requests", []))
    fields = ("method", "url", "path", "query", "json", "data") + (("transport",) if with_transport else ())
    shape: Dict[str, Any] = {
        "requests": [
            {
                **{field: r.get(field) for field in fields},
                "headers": {k.lower(): v for k, v in (r.get("headers") or {}).items()},
            }
            for r in case.get("requests", [])
        ],
        "warnings": [{"category": w["category"], "message": w["message"]} for w in case.get("warnings", [])],
        "logs": case.get("logs", []),
    }
    if "raises" in case:
        shape["raises"] = case["raises"]
        shape["raises_message"] = _as_this_python_words_it(case["raises"], case.get("raises_message"))
    else:
        shape["result"] = case.get("result")
    if case.get("then_results"):
        shape["then_results"] = case["then_results"]
    return shape


def _as_this_python_words_it(exception: str, message: Any) -> Any:
    """Python before 3.10 names a function without its class in argument errors
    ("tidy() got an unexpected keyword argument"), where the corpus, recorded on a later Python,
    says "Aws.tidy()": the same error, worded by the interpreter, not by the package."""
    if exception != "TypeError" or not isinstance(message, str) or sys.version_info >= (3, 10):
        return message
    return re.sub(r"^(?:\w+\.)+(\w+\()", r"\1", message)


def _forget(tree: Any, dotted_path: str) -> None:
    *parents, last = dotted_path.split(".")
    for part in parents:
        if isinstance(tree, list):
            tree = tree[int(part)] if part.isdigit() and int(part) < len(tree) else None
        elif isinstance(tree, dict):
            tree = tree.get(part)
        if tree is None:
            return
    if isinstance(tree, dict):
        for key in [k for k in tree if k.lower() == last.lower()]:
            del tree[key]


def _first_difference(expected: Any, got: Any, where: str = "") -> Optional[str]:
    numbers = (int, float)
    if type(expected) is not type(got) and not (
        isinstance(expected, numbers) and isinstance(got, numbers) and not isinstance(expected, bool) and not isinstance(got, bool)
    ):
        return f"{where or '<root>'}: expected {json.dumps(expected, default=str)[:400]} got {json.dumps(got, default=str)[:400]}"
    if isinstance(expected, dict):
        for key in list(expected) + [k for k in got if k not in expected]:
            if key not in expected or key not in got:
                return f"{where}.{key}: expected {'present' if key in expected else 'absent'}"
            found = _first_difference(expected[key], got[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(expected, list):
        if len(expected) != len(got):
            return f"{where}: expected {len(expected)} items got {len(got)}: {json.dumps(got, default=str)[:400]}"
        for index, (a, b) in enumerate(zip(expected, got)):
            found = _first_difference(a, b, f"{where}.{index}")
            if found:
                return found
        return None
    if expected != got:
        return f"{where}: expected {json.dumps(expected, default=str)[:400]} got {json.dumps(got, default=str)[:400]}"
    return None


def difference(case: Dict[str, Any], observed: Dict[str, Any]) -> Optional[str]:
    """Describe the first difference between the recording and the observation, or ``None``.

    An observation without transport settings (the lean adapters) is compared without them."""
    observed = dict(observed)
    if observed.get("requests") and not any("transport" in r for r in observed["requests"]):
        case = {**case, "requests": [{k: v for k, v in r.items() if k != "transport"} for r in case.get("requests", [])]}
    if not any("transport" in r for r in case.get("requests", [])):
        observed["requests"] = [{k: v for k, v in r.items() if k != "transport"} for r in observed.get("requests", [])]
    expected, got = comparable(case), comparable(observed)
    for path in case.get("nondeterministic", []):
        _forget(expected, path)
        _forget(got, path)
    return _first_difference(expected, got)

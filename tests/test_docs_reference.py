"""The API reference covers the API: every public method of every API class has an entry.

The expected entries are computed here from the registries (``client.sys``, ``client.secrets``,
``client.auth``, plus ``KvV1``/``KvV2``), the helper modules and the legacy table, independently of
the generator in docs/_ext; the actual ones are read from the built documentation's index
(``objects.inv``) and pages.
"""
import inspect
import re
import types
import zlib
from pathlib import Path
from typing import Dict, List, Set, Tuple

import pytest

from tests.docs_build import built_docs

ROOT = Path(__file__).resolve().parent.parent
METHOD_ROLES = {"method", "staticmethod", "classmethod"}


def inventory(build: Path) -> Dict[str, Tuple[str, str]]:
    """``objects.inv`` as ``{name: (domain:role, page)}``."""
    header, _, body = build.joinpath("objects.inv").read_bytes().partition(b"zlib.\n")
    assert b"# Sphinx inventory version 2" in header
    entries = {}
    for line in zlib.decompress(body).decode().splitlines():
        match = re.match(r"(.+?)\s+(\S+:\S+)\s+-?\d+\s+(\S*)", line)
        if match:
            entries[match.group(1)] = (match.group(2), match.group(3).split("#")[0])
    return entries


def api_classes() -> Dict[str, List[type]]:
    """The API classes by package, as a client reaches them."""
    from hvac.api.auth_methods import AuthMethods
    from hvac.api.secrets_engines import SecretsEngines
    from hvac.api.secrets_engines.kv_v1 import KvV1
    from hvac.api.secrets_engines.kv_v2 import KvV2
    from hvac.api.system_backend import SystemBackend

    return {
        "system_backend": list(SystemBackend.implemented_classes),
        "secrets_engines": list(SecretsEngines.implemented_classes) + [KvV1, KvV2],
        "auth_methods": list(AuthMethods.implemented_classes),
    }


def public_methods(cls: type) -> Set[str]:
    from hvac.api.vault_api_base import VaultApiBase

    return {
        name
        for name in dir(cls)
        if not name.startswith("_")
        and not hasattr(VaultApiBase, name)
        and isinstance(inspect.getattr_static(cls, name), (staticmethod, classmethod, types.FunctionType))
    }


@pytest.fixture(scope="module")
def build() -> Path:
    return built_docs()


@pytest.fixture(scope="module")
def objects(build: Path) -> Dict[str, Tuple[str, str]]:
    return inventory(build)


def test_every_public_method_of_every_api_class_has_an_entry_on_its_class_page(objects) -> None:
    missing, misplaced, count = [], [], 0
    for package, classes in api_classes().items():
        assert classes, package
        for cls in classes:
            page = f"reference/api/{package}/{cls.__module__.rsplit('.', 1)[1]}.html"
            qualified = f"{cls.__module__}.{cls.__qualname__}"
            if objects.get(qualified, ("", ""))[1] != page:
                misplaced.append(f"{qualified} (class) not on {page}")
            for name in sorted(public_methods(cls)):
                count += 1
                role, found_page = objects.get(f"{qualified}.{name}", ("", ""))
                if role.split(":")[-1] not in METHOD_ROLES:
                    missing.append(f"{qualified}.{name}")
                elif found_page != page:
                    misplaced.append(f"{qualified}.{name} on {found_page}, not {page}")
    assert count > 900
    assert not missing, f"{len(missing)} methods without a reference entry: {missing[:20]}"
    assert not misplaced, misplaced[:20]


def test_every_sys_category_and_same_named_classes_have_pages_of_their_own(build: Path) -> None:
    classes = api_classes()
    assert len(classes["system_backend"]) >= 27
    titles = {}
    for package, members in classes.items():
        for cls in members:
            html = build.joinpath(f"reference/api/{package}/{cls.__module__.rsplit('.', 1)[1]}.html").read_text()
            titles.setdefault(cls.__name__, []).append(re.search(r"<title>(.*?)</title>", html, re.S).group(1))
    # Aws, Azure, Gcp, Kubernetes and Ldap are both a secrets engine and an auth method.
    shared = {name: pages for name, pages in titles.items() if len(pages) > 1}
    assert {"Aws", "Azure", "Gcp", "Kubernetes", "Ldap"} <= set(shared)
    for pages in shared.values():
        assert len(set(pages)) == len(pages), pages
        assert any("client.secrets." in t for t in pages) and any("client.auth." in t for t in pages), pages


def test_the_helper_modules_are_in_the_reference(objects) -> None:
    import hvac.debugging
    import hvac.retry
    import hvac.utils

    expected = [
        f"{module.__name__}.{name}"
        for module in (hvac.utils, hvac.retry, hvac.debugging)
        for name, value in vars(module).items()
        if not name.startswith("_")
        and (inspect.isfunction(value) or inspect.isclass(value))
        and value.__module__ == module.__name__
    ]
    assert len(expected) > 15
    assert [name for name in expected if name not in objects] == []


def test_every_legacy_row_links_to_the_reference_entry_of_its_replacement(build: Path, objects) -> None:
    from hvac.v1.legacy import LEGACY_METHODS

    html = build.joinpath("migration.html").read_text()
    replaced = [entry for entry in LEGACY_METHODS.values() if entry.replacement]
    assert len(replaced) > 100
    unknown = [e.replacement for e in replaced if e.replacement not in objects]
    assert unknown == [], "replacements without a reference entry"
    unlinked = [e.name for e in replaced if f'#{e.replacement}"' not in html]
    assert unlinked == [], "migration rows not linked to their replacement"


def test_usage_pages_and_reference_pages_link_each_other(build: Path) -> None:
    usage_pages = sorted((ROOT / "docs" / "usage").glob("*/*.rst"))
    assert len(usage_pages) > 60
    for source in usage_pages:
        page = source.relative_to(ROOT / "docs").with_suffix(".html")
        html = build.joinpath(page).read_text()
        link = re.search(r'class="hvac-api-link">(.*?)</p>', html, re.S)
        assert link and 'href="../../reference/api/' in link.group(1), f"{page} has no API reference link"
    pki = build.joinpath("reference/api/secrets_engines/pki.html").read_text()
    assert 'href="../../../usage/secrets_engines/pki.html"' in pki
    assert 'href="../../../usage/secrets_engines/pki_acme.html"' in pki
    approle = build.joinpath("reference/api/auth_methods/approle.html").read_text()
    assert 'href="../../../usage/auth_methods/approle.html"' in approle


def test_a_reference_entry_shows_signature_parameters_return_and_endpoint(build: Path) -> None:
    html = build.joinpath("reference/api/secrets_engines/pki.html").read_text()
    start = html.index('id="hvac.api.secrets_engines.pki.Pki.generate_root"')
    entry = re.sub(r"<[^>]+>", "", html[start : html.index('<dl class="py', start)])
    for expected in ("generate_root", "common_name", "mount_point", "Parameters", "Returns", "POST /v1/"):
        assert expected in entry, expected


def test_the_module_index_lists_every_public_module(build: Path, objects) -> None:
    import pkgutil

    import hvac

    public = ["hvac"] + [
        info.name
        for info in pkgutil.walk_packages(hvac.__path__, "hvac.")
        if not any(part.startswith("_") for part in info.name.split("."))
    ]
    assert len(public) > 80 and "hvac.api.secrets_engines.kv_v2" in public
    assert [name for name in public if objects.get(name, ("",))[0] != "py:module"] == []
    index = re.findall(r'<code class="xref">([^<]+)</code>', build.joinpath("py-modindex.html").read_text())
    assert sorted(set(public) - set(index)) == []


def test_signatures_show_defaults_as_the_source_writes_them(build: Path) -> None:
    lifecycle = re.sub(r"<[^>]+>", "", build.joinpath("lifecycle.html").read_text())
    assert "renew_fraction=2 / 3" in lifecycle
    floats = [page.name for page in build.rglob("*.html") if "0.6666" in page.read_text()]
    assert floats == []

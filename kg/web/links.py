"""Addresses: an entity's IRI and its page, a registry id and its registry's page.

Entities minted by kg live under ``https://w3id.org/kg-trials/id/``; their page
is the same path under ``/id/`` on this site, so an IRI and its page read alike.

>>> page_url("https://w3id.org/kg-trials/id/trial/NCT01234567")
'/id/trial/NCT01234567'
>>> iri_of("trial/NCT01234567")
'https://w3id.org/kg-trials/id/trial/NCT01234567'
>>> page_url("http://example.org/x y")
'/node?iri=http%3A%2F%2Fexample.org%2Fx%20y'
>>> registry_url("clinicaltrials", "NCT01234567")
'https://www.clinicaltrials.gov/study/NCT01234567'
>>> safe_url("javascript:alert(1)") is None
True
"""

from __future__ import annotations

import json
import re
import urllib.parse
from functools import lru_cache

from kg.rdf.mint import BASE as ID
from kg.rdf.namespace import KG as ONTOLOGY
from kg.resources import data_path

KG = str(ONTOLOGY)               # the ontology's namespace IRI, from the namespace module generated from kg.ttl


def page_url(iri: str) -> str:
    """This site's page of an entity or document."""
    if iri.startswith(ID):
        return "/id/" + urllib.parse.quote(iri[len(ID):], safe="/:-_.~()")
    return "/node?iri=" + urllib.parse.quote(iri, safe="")


def iri_of(path: str) -> str:
    """The IRI a ``/id/<path>`` page shows."""
    return ID + path


@lru_cache(maxsize=1)
def registries() -> dict:
    return json.loads(data_path("registries.json").read_text(encoding="utf-8"))


def registry_url(prefix: str | None, registry_id: str) -> str | None:
    """The registry's page of a trial id (bioregistry's URI format), or None for an unknown registry or id."""
    entry = registries().get(prefix or "")
    if not entry or not re.fullmatch(entry["pattern"].strip("^$"), registry_id):
        return None
    return entry["uri_format"].replace("$1", urllib.parse.quote(registry_id, safe=""))


def curie_url(curie: str) -> str | None:
    """bioregistry.io's resolver for a public id such as ``DOID:332`` (None when it is no CURIE)."""
    prefix, sep, local = curie.partition(":")
    if not sep or not re.fullmatch(r"[A-Za-z][\w.]*", prefix) or not local:
        return None
    return "https://bioregistry.io/" + urllib.parse.quote(curie, safe=":")


def safe_url(url: str | None) -> str | None:
    """A document's address, only when it is http(s) (a ``javascript:`` or ``data:`` address is never linked)."""
    if not url:
        return None
    return url if urllib.parse.urlsplit(url).scheme in ("http", "https") else None


def local_name(iri: str) -> str:
    """The part after ``#`` (ontology properties) or the last ``/``."""
    return re.split(r"[#/]", iri)[-1]


def words(name: str) -> str:
    """An ontology property as words: ``registryId`` -> ``registry id``.

    >>> words("seriousRelatedAdverseEvents")
    'serious related adverse events'
    """
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower()

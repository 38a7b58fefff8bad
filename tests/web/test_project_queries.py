"""The power that leads a project, by role (made-up project ids, so the knowledge base's order plays no part)."""

from __future__ import annotations

from sphere.web.project_queries import lead_power


def _party(party: str, role: str, power: str | None) -> dict[str, str | None]:
    return {"party_id": party, "role": role, "power_id": power}


def test_the_operator_leads_before_the_financier_and_the_builder() -> None:
    project = {
        "id": "project:made-up-line",
        "parties": [
            _party("company:builder", "builder", "country:CHN"),
            _party("org:bank", "financier", "org:EU"),
            _party("company:operator", "operator", "country:KAZ"),
        ],
    }
    assert lead_power(project) == "country:KAZ"


def test_without_an_operator_the_financier_leads_and_parties_without_a_power_do_not_count() -> None:
    project = {
        "id": "project:made-up-road",
        "parties": [
            _party("company:builder", "builder", "country:TUR"),
            _party("org:fund", "financier", "country:CHN"),
            _party("company:local", "operator", None),
        ],
    }
    assert lead_power(project) == "country:CHN"
    assert lead_power({"id": "project:none", "parties": [_party("company:x", "owner", None)]}) is None

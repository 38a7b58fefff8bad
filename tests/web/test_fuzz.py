"""The REST API fuzzed against its own OpenAPI description with schemathesis: no input gives a server error."""

from __future__ import annotations

from typing import Any

from tests.conftest import need

try:
    import schemathesis
    from hypothesis import HealthCheck, given, settings
except ImportError:  # pragma: no cover - reported by the test below
    schemathesis = None  # type: ignore[assignment]


def test_api_never_answers_5xx(web_db: tuple[str, dict[str, str]]) -> None:
    need(schemathesis is not None, "schemathesis is not installed (pip install schemathesis)")
    from sphere.web.app import create_app

    app = create_app(web_db[0], token="fuzz-token")
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)
    failures: list[str] = []
    calls: list[str] = []
    for op in schema.get_all_operations():
        operation = op.ok()

        @settings(
            max_examples=6,
            deadline=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        @given(case=operation.as_strategy())
        def run(case: Any) -> None:
            if case.method.upper() == "POST":
                case.headers = {**(case.headers or {}), "Authorization": "Bearer fuzz-token"}
                if isinstance(case.body, dict):
                    case.body.pop("url", None)  # never fetch from the network in tests
            response = case.call()
            calls.append(case.formatted_path)
            if response.status_code >= 500:
                failures.append(
                    f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:200]}"
                )

        run()
    assert len(set(calls)) >= 10, "the fuzzer reached too few routes"
    assert not failures, failures

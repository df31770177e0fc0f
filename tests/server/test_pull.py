"""Pull: pages of current cells above the cursor, by scope then sequence number."""

from __future__ import annotations

import uuid

from tests.server.support import PULL, World, error_of


def test_pages_follow_the_cursor_until_nothing_is_left(world: World) -> None:
    a = world.enrol(world.company_a)
    task = str(uuid.uuid4())
    changes = [a.change(world.company_a, task, "name", f"業務{i}") for i in range(1)]
    changes += [a.change(world.company_a, str(uuid.uuid4()), "name", f"業務{i}") for i in range(24)]
    assert world.push(a, changes).status_code == 200
    pages = []
    cursor = ""
    while True:
        page = world.pull(a, cursor, limit=10).json()
        pages.append(page)
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    assert [len(p["cells"]) for p in pages] == [10, 10, 5]
    assert [p["has_more"] for p in pages] == [True, True, False]
    seqs = [cell["seq"] for p in pages for cell in p["cells"]]
    assert seqs == list(range(1, 26))
    first = pages[0]["cells"][0]
    assert set(first) == {"tbl", "row_id", "scope_id", "col", "value", "hlc", "device_id", "change_id", "seq"}
    assert (first["row_id"], first["value"], first["device_id"]) == (task, '"業務0"', a.device_id)
    assert (first["hlc"], first["change_id"]) == (changes[0]["hlc"], changes[0]["change_id"])
    empty = world.pull(a, cursor).json()
    assert (empty["cells"], empty["has_more"]) == ([], False)
    assert world.pull(a, empty["cursor"]).json()["cells"] == []


def test_an_exact_page_says_there_is_no_more(world: World) -> None:
    a = world.enrol(world.company_a)
    assert (
        world.push(a, [a.change(world.company_a, str(uuid.uuid4()), "name", i) for i in range(4)]).status_code
        == 200
    )
    page = world.pull(a, limit=4).json()
    assert (len(page["cells"]), page["has_more"]) == (4, False)


def test_an_overwritten_cell_comes_again_with_its_new_value(world: World) -> None:
    a = world.enrol(world.company_a)
    task = str(uuid.uuid4())
    first = a.change(world.company_a, task, "name", "旧")
    assert world.push(a, [first]).status_code == 200
    page = world.pull(a).json()
    second = a.change(world.company_a, task, "name", "新", base_hlc=first["hlc"])
    assert world.push(a, [second]).status_code == 200
    cells = world.pull(a, page["cursor"]).json()["cells"]
    assert [(c["value"], c["seq"], c["hlc"]) for c in cells] == [('"新"', 2, second["hlc"])]


def test_partner_devices_read_every_scope_in_scope_then_seq_order(world: World) -> None:
    partner = world.enrol(world.partner_id, "パートナーPC")
    a = world.enrol(world.company_a)
    for _ in range(3):
        assert world.push(a, [a.change(world.company_a, str(uuid.uuid4()), "name", "A")]).status_code == 200
        change = partner.change(world.partner_id, str(uuid.uuid4()), "name", "P")
        assert world.push(partner, [change]).status_code == 200
    cells = world.pull_all(partner, limit=2)
    keys = [(c["scope_id"], c["seq"]) for c in cells]
    assert keys == sorted(keys)
    assert len(keys) == 6


def test_a_company_created_after_enrolment_reaches_the_partner_device(world: World) -> None:
    partner = world.enrol(world.partner_id, "パートナーPC")
    page = world.pull(partner).json()
    new_company = world.add_company("森の工房")
    owner = world.enrol(new_company, "工房のPC")
    assert (
        world.push(owner, [owner.change(new_company, str(uuid.uuid4()), "name", "薪割り")]).status_code == 200
    )
    cells = world.pull(partner, page["cursor"]).json()["cells"]
    assert [(c["scope_id"], c["value"]) for c in cells] == [(new_company, '"薪割り"')]
    # And the partner device may write there too.
    change = partner.change(new_company, str(uuid.uuid4()), "name", "帳簿")
    assert world.push(partner, [change]).status_code == 200


def test_bad_cursors_and_limits(world: World) -> None:
    a = world.enrol(world.company_a)
    for params in (
        {"cursor": "not-a-cursor!"},
        {"cursor": "eyJ2IjoyfQ"},
        {"cursor": "e30"},
        {"cursor": "\x00"},
        {"limit": 0},
        {"limit": 5001},
        {"limit": "many"},
    ):
        response = world.client.get(PULL, params=params, headers=a.headers)
        assert response.status_code == 400, (params, response.text)
        assert error_of(response) == "bad_request"
    assert world.pull(a, limit=5000).status_code == 200
    assert world.client.get(PULL, headers=a.headers).status_code == 200

"""``jobfair dev --demo``: a demo 招聘夜市 with employers and posts, through the real write path.

Publishes to ``fairsetup`` through ``web.setup.commands`` (the organiser API's own validation,
screening and events) and waits for ``agents.setup`` to project each row, so the demo data is
exactly what an organiser would have made: QR codes, 妈妈岗 terms, screening audit records.
Idempotent: ids are derived from fixed names and a create with a known id changes nothing; a
demo fair that has ended is moved to now so its QR codes work again. One post breaks the
equal-employment rules on purpose and stays unpublished, so the flagged-posts page has an example.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from jobfair.db import create_pool
from jobfair.settings import Settings

NS = uuid.UUID("6f1c1e9e-2f0a-4c59-9a57-3f0d8e8b7a10")
FAIR_NAME = "演示：妇联女性就业招聘夜市"
SCHOOL_RUN = {"window_start": "09:00", "window_end": "15:30", "days": [1, 2, 3, 4, 5],
              "remote_share": 0.0, "school_run_compatible": True}
# (employer, booth, interview tables, slot minutes,
#  ((title, headcount, description, flex, pay_min, pay_max, location), ...))
EMPLOYERS: tuple[tuple[str, str, int, int, tuple[tuple[Any, ...], ...]], ...] = (
    ("明珠电商直播基地", "A03", 2, 10, (
        ("直播运营助理（妈妈岗）", 5,
         "协助主播整理商品、回复评论。弹性上下班，可接送孩子；男女不限，欢迎宝妈。",
         {**SCHOOL_RUN, "flexible_start": True}, 4000, 6000, "明珠电商产业园 3 栋"),
        ("客服专员（可居家）", 8,
         "在线解答顾客咨询，提供培训。七成时间居家办公，享受产假和育儿假。",
         {"window_start": "09:00", "window_end": "18:00", "days": [1, 2, 3, 4, 5],
          "remote_share": 0.7, "school_run_compatible": False}, 3500, 5000, "居家 / 产业园"),
    )),
    ("社区家政服务中心", "B12", 3, 15, (
        ("育婴师", 6, "持证上岗优先，提供免费培训。孕婴护理经验者优先。", None, 5000, 8000,
         "本市各社区"),
        ("社区助餐点帮厨", 4, "为社区老人备餐，午间工作，男女不限。", SCHOOL_RUN, 2800, 3500,
         "幸福里社区食堂"),
        ("收银员", 3, "熟悉收银系统，两班倒。", None, 3000, 3800, "社区便民超市"),
    )),
)
# Refused by screening on purpose (GENDER): shown on the organiser's flagged-posts page.
FLAGGED_EXAMPLE = ("社区家政服务中心", "仓库理货员", 2, "负责货品上架与盘点，男性优先。")


def demo_ids() -> tuple[uuid.UUID, list[uuid.UUID]]:
    """The demo fair's id and the ids of its published posts."""
    fair = uuid.uuid5(NS, "fair")
    posts = [uuid.uuid5(NS, f"post:{e[0]}:{p[0]}") for e in EMPLOYERS for p in e[4]]
    return fair, posts


async def _load(settings: Settings) -> str:
    from web.auth import ORGANISER, Actor
    from web.command_errors import Unprocessable
    from web.context import Context
    from web.publish import Publisher
    from web.setup.commands import create_employer, create_fair, update_fair
    from web.setup.post_commands import create_post

    bootstrap, dsn = settings.require_servers()
    pool = await create_pool(dsn, max_size=2)
    publisher = Publisher(bootstrap, idempotent=settings.broker_kind == "kafka")
    await publisher.start()
    try:
        ctx = Context(settings=settings, pool=pool, publisher=publisher, wait_s=30.0)
        actor, now = Actor(ORGANISER), datetime.now(UTC)
        fair_id, _ = demo_ids()
        fair = (await create_fair(ctx, actor, {
            "id": str(fair_id), "name": FAIR_NAME, "kind": "night_market",
            "starts_at": (now - timedelta(hours=1)).isoformat(),
            "ends_at": (now + timedelta(days=1)).isoformat(), "venue": "步行街广场"})).body
        if datetime.fromisoformat(fair["ends_at"]) < now + timedelta(hours=2):
            fair = (await update_fair(ctx, actor, fair_id, {
                "starts_at": (now - timedelta(hours=1)).isoformat(),
                "ends_at": (now + timedelta(days=1)).isoformat()})).body
        mama = 0
        for name, booth, tables, slot, posts in EMPLOYERS:
            employer_id = str(uuid.uuid5(NS, f"employer:{name}"))
            await create_employer(ctx, actor, {
                "id": employer_id, "fair_id": str(fair_id), "name": name, "booth": booth,
                "interview_tables": tables, "slot_minutes": slot})
            for title, headcount, description, flex, pay_min, pay_max, location in posts:
                post = (await create_post(ctx, actor, {
                    "id": str(uuid.uuid5(NS, f"post:{name}:{title}")),
                    "employer_id": employer_id, "title": title, "description": description,
                    "headcount": headcount, "flex": flex, "pay_min": pay_min,
                    "pay_max": pay_max, "location": location})).body
                mama += bool(post.get("is_mama"))
        name, title, headcount, description = FLAGGED_EXAMPLE
        with contextlib.suppress(Unprocessable):  # expected: screening refuses this one
            await create_post(ctx, actor, {
                "id": str(uuid.uuid5(NS, f"post:{name}:{title}")),
                "employer_id": str(uuid.uuid5(NS, f"employer:{name}")), "title": title,
                "description": description, "headcount": headcount})
    finally:
        await publisher.stop()
        await pool.close()
    n_posts = sum(len(e[4]) for e in EMPLOYERS)
    return (f"demo fair {fair_id}: {len(EMPLOYERS)} employers, {n_posts} posts ({mama} 妈妈岗), "
            f"1 flagged; entrance {fair.get('entrance_qr_url', '(pending)')}")


def load_demo(settings: Settings) -> str:
    return asyncio.run(_load(settings))

"""Build the Atlas from data/points.yaml and data/articles.yaml, checking every field."""

from __future__ import annotations

from typing import Any

from acuguide.model.anatomy import LANDMARKS, VIEWS
from acuguide.model.atlas import (
    Area,
    Article,
    ArticleWay,
    Atlas,
    Caution,
    Hold,
    Misprint,
    Point,
    Use,
)
from acuguide.model.codes import CodeError, parse_code
from acuguide.model.schema import Number, Text, validate_bytes
from acuguide.model.schema_shapes import Field, ListOf, MapOf, Obj
from acuguide.model.yamlsafe import collector_paused

CAUTION_KINDS = ("pregnancy", "pregnancy-minor", "vessel", "nerve", "pressure")
DATA_LIMIT = 2 * 1024 * 1024


def _who_code(text: str) -> str:
    try:
        code = parse_code(text)
    except CodeError as err:
        raise ValueError(str(err)) from None
    if code is None or str(code) != text:
        raise ValueError(f"must be a WHO code such as ST36 (got '{text}')")
    return text


def _schema(articles: tuple[str, ...]) -> tuple[Obj, MapOf]:
    texts = ListOf(Text(), single=True)
    article = Text(choices=articles)
    views = ListOf(Text(choices=VIEWS), min_items=1)
    point = Obj({
        "pinyin": Field(Text(), required=True),
        "hanzi": Field(ListOf(Text(), min_items=1), required=True),
        "english": Field(ListOf(Text(), min_items=1), required=True),
        "aliases": Field(texts),
        "misprints": Field(ListOf(Obj({
            "spelling": Field(Text(), required=True),
            "article": Field(article, required=True),
            "note": Field(Text(), required=True),
        }))),
        "region": Field(Text(), required=True),
        "laterality": Field(Text(choices=("bilateral", "midline")), required=True),
        "say": Field(Text(max_length=160), required=True),
        "find": Field(Text(), required=True),
        "article_find": Field(ListOf(Obj({
            "article": Field(article, required=True),
            "text": Field(Text(), required=True),
        }))),
        "find_from": Field(Text(choices=LANDMARKS), required=True),
        "find_cun": Field(Number(minimum=0, maximum=20)),
        "location": Field(Text(), required=True),
        "uses": Field(ListOf(Obj({
            "article": Field(article, required=True),
            "text": Field(Text(), required=True),
        }), min_items=1), required=True),
        "cautions": Field(ListOf(Obj({
            "kind": Field(Text(choices=CAUTION_KINDS), required=True),
            "text": Field(Text(), required=True),
        }))),
        "technique": Field(Text()),
        "notes": Field(texts),
        "alternatives": Field(ListOf(Text(convert=_who_code))),
        "views": Field(views, required=True),
    })
    area = Obj({
        "title": Field(Text(), required=True),
        "say": Field(Text(max_length=160), required=True),
        "region": Field(Text(), required=True),
        "effect": Field(Text(), required=True),
        "article": Field(article, required=True),
        "views": Field(views, required=True),
    })
    hold = Obj({
        "title": Field(Text(), required=True),
        "instruction": Field(Text(), required=True),
        "side": Field(Text(choices=("left", "right")), required=True),
        "article": Field(article, required=True),
        "purpose": Field(Text(), required=True),
        "views": Field(views, required=True),
    })
    top = Obj({
        "points": Field(MapOf(point, key=r"^[A-Z]{2}\d{1,2}$"), required=True),
        "areas": Field(MapOf(area, key=r"^[a-z][a-z0-9-]*$"), required=True),
        "holds": Field(MapOf(hold, key=r"^[a-z][a-z0-9-]*$"), required=True),
    })
    article_schema = MapOf(Obj({
        "title": Field(Text(), required=True),
        "file": Field(Text(), required=True),
        "credit": Field(Text()),
    }), key=r"^[a-z][a-z0-9-]*$")
    return top, article_schema


def _point(code: str, r: dict[str, Any]) -> Point:
    tup = tuple
    return Point(
        code=_who_code(code), pinyin=r["pinyin"], hanzi=tup(r["hanzi"]),
        english=tup(r["english"]), aliases=tup(r.get("aliases", ())), region=r["region"],
        laterality=r["laterality"], say=r["say"], find=r["find"], find_from=r["find_from"],
        find_cun=r.get("find_cun"), location=r["location"],
        uses=tup(Use(u["article"], u["text"]) for u in r["uses"]),
        cautions=tup(Caution(c["kind"], c["text"]) for c in r.get("cautions", ())),
        technique=r.get("technique", ""), notes=tup(r.get("notes", ())), views=tup(r["views"]),
        alternatives=tup(r.get("alternatives", ())),
        misprints=tup(Misprint(m["spelling"], m["article"], m["note"])
                      for m in r.get("misprints", ())),
        article_find=tup(ArticleWay(w["article"], w["text"]) for w in r.get("article_find", ())),
    )


def load_atlas(points: bytes, articles: bytes, *, points_file: str = "points.yaml",
               articles_file: str = "articles.yaml") -> Atlas:
    """Build the atlas from the two data files' bytes; raise ContentError on any problem."""
    with collector_paused():
        return _load_atlas(points, articles, points_file, articles_file)


def _load_atlas(points: bytes, articles: bytes, points_file: str, articles_file: str) -> Atlas:
    top, article_spec = _schema(())
    article_records = validate_bytes(articles, articles_file, article_spec, DATA_LIMIT)
    top, _ = _schema(tuple(article_records))
    record = validate_bytes(points, points_file, top, DATA_LIMIT)
    return Atlas(
        points={code: _point(code, r) for code, r in record["points"].items()},
        areas={name: Area(name=name, title=r["title"], say=r["say"], region=r["region"],
                          effect=r["effect"], article=r["article"], views=tuple(r["views"]))
               for name, r in record["areas"].items()},
        holds={name: Hold(name=name, title=r["title"], instruction=r["instruction"],
                          side=r["side"], article=r["article"], purpose=r["purpose"],
                          views=tuple(r["views"]))
               for name, r in record["holds"].items()},
        articles={aid: Article(aid, r["title"], r["file"], r.get("credit", ""))
                  for aid, r in article_records.items()},
    )

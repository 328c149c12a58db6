//! Read-only story listings for the web server: one story by id, and pages of
//! stories filtered by entity, outlet, date range and size.

use concord_model::Story;
use rusqlite::{OptionalExtension, Row, ToSql};

use crate::{Result, Store, StoryRow};

/// How a story listing is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StoryOrder {
    /// Most recently updated first.
    #[default]
    Newest,
    /// Most articles first.
    Biggest,
}

/// Which stories a listing holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoryFilter {
    /// Only stories with an article mentioning this entity id.
    pub entity: Option<String>,
    /// Only stories with an article from this outlet.
    pub outlet: Option<String>,
    /// Only stories updated on or after this date (ISO 8601 prefix).
    pub from: Option<String>,
    /// Only stories first seen on or before this date (ISO 8601 prefix).
    pub to: Option<String>,
    /// Only stories with at least this many articles.
    pub min_articles: usize,
    /// Ordering.
    pub order: StoryOrder,
    /// Rows skipped.
    pub offset: usize,
    /// Rows returned at most.
    pub limit: usize,
}

/// The columns of a story card that make a [`StoryRow`], in `card_row`'s order.
pub(crate) const CARD: &str = "c.story_id, c.title, c.first_seen, c.last_updated, c.article_ids, c.outlets, \
    EXISTS (SELECT 1 FROM articles a WHERE a.story_id = c.story_id AND a.published IS NOT NULL)";

/// A [`StoryRow`] from the [`CARD`] columns; lists are joined with U+001F.
pub(crate) fn card_row(r: &Row<'_>) -> rusqlite::Result<StoryRow> {
    let split = |s: String| -> Vec<String> {
        if s.is_empty() {
            Vec::new()
        } else {
            s.split('\u{1f}').map(str::to_string).collect()
        }
    };
    Ok(StoryRow {
        story: Story {
            id: r.get(0)?,
            title: r.get(1)?,
            first_seen: r.get(2)?,
            last_updated: r.get(3)?,
            article_ids: split(r.get(4)?),
        },
        outlets: split(r.get(5)?),
        dated: r.get(6)?,
    })
}

impl Store {
    /// One story by its current id (no redirects followed), read from its card.
    pub fn story_row(&self, id: &str) -> Result<Option<StoryRow>> {
        let mut stmt = self.conn.prepare_cached(&format!("SELECT {CARD} FROM story_cards c WHERE c.story_id = ?1"))?;
        Ok(stmt.query_row([id], card_row).optional()?)
    }

    /// A page of stories matching `filter`, and how many match in all: two
    /// queries over the story cards holding only the filters in use, the page
    /// walking the index of its order and the bare count a covering index.
    pub fn story_page(&self, filter: &StoryFilter) -> Result<(Vec<StoryRow>, usize)> {
        let min = filter.min_articles.min(i64::MAX as usize) as i64;
        let mut tests: Vec<&str> = Vec::new();
        let mut args: Vec<&dyn ToSql> = Vec::new();
        if filter.min_articles > 1 {
            // Newest-first pages must walk the recency index, so the size test
            // is kept off the size index there (`+`).
            tests.push(match filter.order {
                StoryOrder::Newest => "+c.article_count >= ?",
                StoryOrder::Biggest => "c.article_count >= ?",
            });
            args.push(&min);
        }
        if let Some(entity) = &filter.entity {
            tests.push(
                "c.story_id IN (SELECT a.story_id FROM entity_mentions em JOIN articles a ON a.id = em.article_id \
                                WHERE em.entity_id = ?)",
            );
            args.push(entity);
        }
        if let Some(outlet) = &filter.outlet {
            tests.push("instr(char(31) || c.outlets || char(31), char(31) || ? || char(31)) > 0");
            args.push(outlet);
        }
        if let Some(from) = &filter.from {
            tests.push("c.recency >= ?");
            args.push(from);
        }
        // "First seen on or before `to`" compares `to` as a prefix: 2024-08 takes all of August.
        let to_end = filter.to.as_ref().map(|to| format!("{to}\u{10FFFF}"));
        if let Some(to_end) = &to_end {
            tests.push("c.first_key <= ?");
            args.push(to_end);
        }
        let cond = if tests.is_empty() { String::new() } else { format!("WHERE {}", tests.join(" AND ")) };
        let total: i64 =
            self.conn.prepare_cached(&format!("SELECT count(*) FROM story_cards c {cond}"))?.query_row(&args[..], |r| r.get(0))?;
        let order = match filter.order {
            StoryOrder::Newest => "c.recency DESC, c.story_id",
            StoryOrder::Biggest => "c.article_count DESC, c.recency DESC, c.story_id",
        };
        let (limit, offset) = (filter.limit.min(i64::MAX as usize) as i64, filter.offset.min(i64::MAX as usize) as i64);
        args.extend([&limit as &dyn ToSql, &offset]);
        let sql = format!("SELECT {CARD} FROM story_cards c {cond} ORDER BY {order} LIMIT ? OFFSET ?");
        let rows = self.conn.prepare_cached(&sql)?.query_map(&args[..], card_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok((rows, total as usize))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use concord_model::{Analysis, Article, Entity, EntityType};

    #[test]
    fn pages_filter_by_entity_outlet_and_size() {
        let mut store = Store::open_in_memory().unwrap();
        let batch = store.batch().unwrap();
        let doc = batch.insert_document("a", "h", "text", "now").unwrap();
        let fbi = Entity {
            id: "organisation:fbi".into(),
            name: "FBI".into(),
            kind: EntityType::Organisation,
            aliases: vec![],
            mentions: vec![],
            related: vec![],
            country: None,
        };
        for (id, outlet, story, date) in
            [("a1", "Ledger", "s1", "2024-08-01"), ("a2", "Courier", "s1", "2024-08-02"), ("a3", "Ledger", "s2", "2024-09-01")]
        {
            let art = Article {
                id: id.into(),
                outlet: Some(outlet.into()),
                published: Some(date.into()),
                body: "x".into(),
                ..Default::default()
            };
            let analysis = Analysis { entities: if id == "a3" { vec![fbi.clone()] } else { vec![] }, ..Default::default() };
            batch.insert_article(doc, &art, &analysis, "now").unwrap();
            batch.touch_story(story, "now").unwrap();
            batch.assign_story(id, story).unwrap();
            batch.touch_story(story, "now").unwrap();
        }
        batch.commit().unwrap();
        let all = StoryFilter { limit: 10, ..Default::default() };
        let (rows, total) = store.story_page(&all).unwrap();
        assert_eq!((total, rows[0].story.id.as_str()), (2, "s2"));
        let biggest = StoryFilter { order: StoryOrder::Biggest, ..all.clone() };
        assert_eq!(store.story_page(&biggest).unwrap().0[0].story.article_ids, vec!["a1", "a2"]);
        let by_entity = StoryFilter { entity: Some("organisation:fbi".into()), ..all.clone() };
        assert_eq!(store.story_page(&by_entity).unwrap().0[0].story.id, "s2");
        let courier = StoryFilter { outlet: Some("Courier".into()), ..all.clone() };
        assert_eq!(store.story_page(&courier).unwrap().1, 1);
        let big = StoryFilter { min_articles: 2, ..all.clone() };
        assert_eq!(store.story_page(&big).unwrap().1, 1);
        let early = StoryFilter { to: Some("2024-08".into()), ..all.clone() };
        assert_eq!(store.story_page(&early).unwrap().0[0].story.id, "s1");
        let biggest_of_ledger = StoryFilter { outlet: Some("Ledger".into()), order: StoryOrder::Biggest, ..all.clone() };
        let (rows, total) = store.story_page(&biggest_of_ledger).unwrap();
        assert_eq!((total, rows[0].story.id.as_str(), rows[0].outlets.clone()), (2, "s1", vec!["Courier".into(), "Ledger".into()]));
        let no_prefix_match = StoryFilter { outlet: Some("Ledg".into()), ..all.clone() };
        assert_eq!(store.story_page(&no_prefix_match).unwrap().1, 0);
        let late = StoryFilter { from: Some("2024-08-15".into()), ..all.clone() };
        assert_eq!(store.story_page(&late).unwrap().0.iter().map(|r| r.story.id.as_str()).collect::<Vec<_>>(), ["s2"]);
        let entity_and_size = StoryFilter { entity: Some("organisation:fbi".into()), min_articles: 2, ..all.clone() };
        assert_eq!(store.story_page(&entity_and_size).unwrap().1, 0);
        let paged = StoryFilter { offset: 1, limit: 1, ..all };
        assert_eq!(store.story_page(&paged).unwrap().0.len(), 1);
        assert!(store.story_row("s1").unwrap().is_some());
        assert!(store.story_row("nope").unwrap().is_none());
    }
}

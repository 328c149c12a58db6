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

const ROW: &str = "s.id, s.title, s.first_seen, s.last_updated, \
    (SELECT group_concat(id, char(31)) FROM (SELECT id FROM articles WHERE story_id = s.id ORDER BY coalesce(published, ingested_at), rowid)), \
    (SELECT group_concat(o, char(31)) FROM (SELECT DISTINCT outlet AS o FROM articles WHERE story_id = s.id AND outlet IS NOT NULL ORDER BY outlet))";

fn story_row(r: &Row<'_>) -> rusqlite::Result<StoryRow> {
    let split = |s: Option<String>| -> Vec<String> {
        s.map(|s| s.split('\u{1f}').map(str::to_string).collect()).unwrap_or_default()
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
    })
}

impl Store {
    /// One story by its current id (no redirects followed), without scanning the others.
    pub fn story_row(&self, id: &str) -> Result<Option<StoryRow>> {
        let sql = format!(
            "SELECT {ROW} FROM stories s WHERE s.id = ?1 AND EXISTS (SELECT 1 FROM articles WHERE story_id = s.id)"
        );
        Ok(self.conn.query_row(&sql, [id], story_row).optional()?)
    }

    /// A page of stories matching `filter`, and how many match in all.
    pub fn story_page(&self, filter: &StoryFilter) -> Result<(Vec<StoryRow>, usize)> {
        // Counting every story's members is only needed to filter or order by size.
        let sized = filter.min_articles > 1 || filter.order == StoryOrder::Biggest;
        let from = if sized {
            "FROM stories s JOIN (SELECT story_id, count(*) AS n FROM articles WHERE story_id IS NOT NULL GROUP BY story_id) m \
               ON m.story_id = s.id WHERE m.n >= ?1"
        } else {
            "FROM stories s WHERE ?1 >= 0 AND EXISTS (SELECT 1 FROM articles WHERE story_id = s.id)"
        };
        let cond = format!(
            "{from} \
               AND (?2 IS NULL OR EXISTS (SELECT 1 FROM entity_mentions em JOIN articles a ON a.id = em.article_id \
                                          WHERE em.entity_id = ?2 AND a.story_id = s.id)) \
               AND (?3 IS NULL OR EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.outlet = ?3)) \
               AND (?4 IS NULL OR coalesce(s.last_updated, s.created_at) >= ?4) \
               AND (?5 IS NULL OR substr(coalesce(s.first_seen, s.created_at), 1, length(?5)) <= ?5)"
        );
        let order = match filter.order {
            StoryOrder::Newest => "coalesce(s.last_updated, s.created_at) DESC, s.id",
            StoryOrder::Biggest => "m.n DESC, coalesce(s.last_updated, s.created_at) DESC, s.id",
        };
        let (min, limit, offset) = (filter.min_articles as i64, filter.limit as i64, filter.offset as i64);
        let args: [&dyn ToSql; 7] = [&min, &filter.entity, &filter.outlet, &filter.from, &filter.to, &limit, &offset];
        let total: i64 = self.conn.query_row(&format!("SELECT count(*) {cond}"), &args[..5], |r| r.get(0))?;
        // Pick the page's ids first, so the member lists are built for those rows only.
        let sql = format!("SELECT s.id {cond} ORDER BY {order} LIMIT ?6 OFFSET ?7");
        let mut stmt = self.conn.prepare(&sql)?;
        let ids = stmt.query_map(&args[..], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
        let mut rows = Vec::with_capacity(ids.len());
        for id in ids {
            rows.extend(self.story_row(&id)?);
        }
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
        let paged = StoryFilter { offset: 1, limit: 1, ..all };
        assert_eq!(store.story_page(&paged).unwrap().0.len(), 1);
        assert!(store.story_row("s1").unwrap().is_some());
        assert!(store.story_row("nope").unwrap().is_none());
    }
}

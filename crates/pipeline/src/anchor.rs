//! The date that relative time expressions of an article resolve against.

use concord_model::{Anchor, AnchorKind};

/// The anchor for an ISO date or datetime string (`2024-08-20…`), if it parses.
pub fn anchor_of(date: Option<&str>, kind: AnchorKind) -> Option<Anchor> {
    let d = date?;
    let day = chrono::NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok()?;
    use chrono::Datelike;
    Some(Anchor { year: day.year(), month: day.month(), day: day.day(), kind })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dates_and_datetimes_only() {
        let a = anchor_of(Some("2024-08-20T08:40:00+02:00"), AnchorKind::Published).unwrap();
        assert_eq!((a.year, a.month, a.day), (2024, 8, 20));
        assert!(anchor_of(Some("2024-13-01"), AnchorKind::Published).is_none());
        assert!(anchor_of(Some("20"), AnchorKind::Published).is_none());
        assert!(anchor_of(None, AnchorKind::Published).is_none());
    }
}

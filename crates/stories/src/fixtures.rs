//! Example articles for the tests of this crate and of the crates that drive
//! its index (feature `fixtures`): texts whose clustering is known.

use concord_model::Article;

/// Two stories, a council's school budget (`b1`, `b2`) and a coastal storm
/// (`s1` to `s4`), interleaved, each text ending in one sentence common to
/// all six so that every story is a candidate for every article. Joined at
/// any score, they chain into one story that the re-check takes apart.
pub fn chained_stories() -> Vec<Article> {
    [
        ("b1", "Council passes school budget", "The city council passed the school budget after a long debate on teacher pay."),
        ("s1", "Storm hits the coast", "A storm hit the northern coast overnight and cut power to thousands of homes."),
        ("s2", "Coast storm cuts power", "Thousands of homes on the coast lost power when the storm arrived overnight."),
        ("b2", "School budget clears council", "Teacher pay rises in the school budget the city council passed after debate."),
        ("s3", "Storm damage along coast", "The storm left damage along the coast and power cuts in thousands of homes."),
        ("s4", "Power back after coast storm", "Power returned to most coast homes a day after the storm hit overnight."),
    ]
    .into_iter()
    .map(|(id, title, body)| Article {
        id: id.into(),
        title: Some(title.into()),
        body: format!("{body} Officials gave the figures on Monday."),
        ..Default::default()
    })
    .collect()
}

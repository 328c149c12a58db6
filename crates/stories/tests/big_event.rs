//! Many reports of one event stay one story: each report tells the event in
//! its own selection of sentences, so every report's nearest neighbours are
//! other reports of it, which must not make them look generic to each other.

use concord_model::{Analysis, Article};
use concord_stories::{Params, StoryIndex};

/// What the reports of a dock strike in a made-up port say, one sentence each.
const EVENT: &[&str] = &[
    "Dock workers in the port of Lindmark walked out on Tuesday in a dispute over night-shift pay.",
    "The Lindmark dockers' union said the strike would last until the port authority reopened talks.",
    "Container ships were left waiting at anchor outside Lindmark harbour as cranes stood idle.",
    "The port authority called the walkout illegal and said it would seek a court order against the union.",
    "Union leader Maren Holt told reporters the dockers had waited two years for a pay offer.",
    "Lindmark handles about a third of the region's container traffic, according to the port authority.",
    "Retailers warned that shelves could empty within a week if the Lindmark strike drags on.",
    "Police said the picket lines at the Lindmark container terminal were peaceful on Tuesday night.",
    "The transport minister urged the dockers and the port authority to return to the negotiating table.",
    "Holt said the union would not accept an offer that cut night-shift bonuses at the port.",
    "Shipping lines began diverting vessels from Lindmark to ports further along the coast.",
    "The port authority said the strike was costing the city millions of crowns a day.",
    "Farmers exporting through Lindmark said fruit was rotting in refrigerated containers on the quay.",
    "A mediator appointed by the ministry is due to meet both sides in Lindmark on Thursday.",
    "The dockers last struck at Lindmark in 2019, when a three-day walkout ended with a pay rise.",
    "Truck drivers queued for kilometres on the road into the Lindmark container terminal.",
    "The union says night-shift crews at Lindmark earn less than dockers at other ports in the region.",
    "The port authority's chief executive said the pay offer on the table was fair and final.",
    "Several hundred dockers marched through the centre of Lindmark on Wednesday morning.",
    "Business groups called on the government to intervene to end the strike at the port of Lindmark.",
];

/// Two unrelated stories of three reports each.
const OTHERS: &[(&str, &str)] = &[
    ("Orchestra names new conductor", "The city orchestra named a young violinist as its new principal conductor after a long search."),
    ("Conductor appointed to orchestra", "A violinist who studied abroad will lead the city orchestra as principal conductor from the autumn."),
    ("New conductor for city orchestra", "The orchestra's board chose the violinist as principal conductor over two older candidates."),
    ("Comet visible after sunset", "Astronomers said the comet will be visible to the naked eye just after sunset this week."),
    ("Stargazers look for comet", "The comet can be seen low in the western sky after sunset, the observatory said."),
    ("Comet makes rare appearance", "Observatory staff said the comet would be brightest after sunset on Friday."),
];

/// A small deterministic generator (no dependency for a test).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

#[test]
fn forty_reports_of_one_event_stay_one_story_and_unrelated_stories_stay_apart() {
    let mut rng = Lcg(7);
    let mut articles = Vec::new();
    for i in 0..40 {
        let mut picked: Vec<usize> = Vec::new();
        while picked.len() < 5 + rng.below(6) {
            let s = rng.below(EVENT.len());
            if !picked.contains(&s) {
                picked.push(s);
            }
        }
        let body = picked.iter().map(|&s| EVENT[s]).collect::<Vec<_>>().join(" ");
        let title = ["Lindmark dockers strike over pay", "Port of Lindmark halted by strike", "Strike idles Lindmark port"][i % 3];
        articles.push(Article { id: format!("e{i}"), title: Some(title.into()), body, ..Default::default() });
        if i % 7 == 3 {
            let (title, body) = OTHERS[articles.len() % OTHERS.len()];
            let id = format!("o{}", articles.len());
            articles.push(Article { id, title: Some(title.into()), body: body.into(), ..Default::default() });
        }
    }
    let mut index = StoryIndex::new(Params::default());
    for a in &articles {
        index.add(a, &Analysis::default());
    }
    index.recheck(articles.len());
    let placements: Vec<(String, String)> = index.placements().map(|(a, s)| (a.to_string(), s.to_string())).collect();
    let story = |id: &str| placements.iter().find(|p| p.0 == id).map(|p| p.1.clone()).unwrap();
    let event = story("e0");
    let together = (0..40).filter(|i| story(&format!("e{i}")) == event).count();
    assert_eq!(together, 40, "{placements:?}");
    for a in articles.iter().filter(|a| a.id.starts_with('o')) {
        assert_ne!(story(&a.id), event, "{} joined the strike", a.id);
    }
}

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

/// What the reports of a wildfire in made-up hills say, one sentence each.
const FIRE: &[&str] = &[
    "A wildfire in the Harrow Ridge hills forced the evacuation of four villages on Saturday.",
    "Firefighters said strong winds pushed the Harrow Ridge fire across the valley overnight.",
    "About 1,200 residents spent the night in school gyms after fleeing the flames.",
    "The regional fire chief said the blaze had burned more than 3,000 hectares of pine forest.",
    "Water-bombing planes from two neighbouring countries joined the fight against the fire.",
    "Smoke from the Harrow Ridge fire closed the motorway between Brenn and Salt Cove.",
    "Police arrested a man suspected of starting the fire with a barbecue in a closed park.",
    "Farmers lost sheep and barns as the fire swept down into the valley floor.",
    "Meteorologists forecast rain for Tuesday, which could help crews contain the blaze.",
    "The mayor of Brenn said no homes had burned in the town but warned residents to stay ready.",
    "Doctors treated several firefighters for smoke inhalation at the Brenn hospital.",
    "Volunteers brought food and water to the evacuation centres in the hills.",
    "The fire service said it was the largest blaze in the Harrow Ridge area in two decades.",
    "Power lines damaged by the flames left thousands of homes without electricity.",
    "Crews cut firebreaks along the ridge to stop the flames reaching the nature reserve.",
    "The government declared a state of emergency in the province on Sunday.",
    "Residents of the evacuated villages were told they could not return before Wednesday.",
    "Hikers were rescued by helicopter from a trail above the burning forest.",
    "The environment minister visited the fire command post in Brenn on Sunday afternoon.",
    "Insurers said claims from the Harrow Ridge fire could run into the tens of millions.",
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

/// Report `i` of an event: 5 to 10 of its `sentences`, under one of its `titles`.
fn report(rng: &mut Lcg, id: String, i: usize, sentences: &[&str], titles: &[&str]) -> Article {
    let mut picked: Vec<usize> = Vec::new();
    while picked.len() < 5 + rng.below(6) {
        let s = rng.below(sentences.len());
        if !picked.contains(&s) {
            picked.push(s);
        }
    }
    let body = picked.iter().map(|&s| sentences[s]).collect::<Vec<_>>().join(" ");
    Article { id, title: Some(titles[i % titles.len()].into()), body, ..Default::default() }
}

const STRIKE_TITLES: &[&str] = &["Lindmark dockers strike over pay", "Port of Lindmark halted by strike", "Strike idles Lindmark port"];
const FIRE_TITLES: &[&str] = &["Wildfire forces evacuations at Harrow Ridge", "Harrow Ridge fire spreads", "Villages flee hill fire"];

#[test]
fn forty_reports_of_one_event_stay_one_story_and_unrelated_stories_stay_apart() {
    let mut rng = Lcg(7);
    let mut articles = Vec::new();
    for i in 0..40 {
        articles.push(report(&mut rng, format!("e{i}"), i, EVENT, STRIKE_TITLES));
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

#[test]
fn two_big_events_chained_at_first_come_apart_in_the_recheck() {
    let mut rng = Lcg(11);
    let mut articles: Vec<Article> = (0..24).map(|i| report(&mut rng, format!("e{i}"), i, EVENT, STRIKE_TITLES)).collect();
    // Regional round-ups that tell both events bridge them.
    for i in 0..3 {
        let (strike, fire) = (report(&mut rng, String::new(), i, EVENT, STRIKE_TITLES), report(&mut rng, String::new(), i, FIRE, FIRE_TITLES));
        let body = format!("{} {}", strike.body, fire.body);
        articles.push(Article { id: format!("b{i}"), title: Some("Strike and wildfire strain the region".into()), body, ..Default::default() });
    }
    articles.extend((0..24).map(|i| report(&mut rng, format!("f{i}"), i, FIRE, FIRE_TITLES)));
    // Joining at any score chains every report into the first story.
    let mut index = StoryIndex::new(Params { join: -1.0, join_dated: -1.0, merge: 2.0, ..Params::default() });
    for a in &articles {
        index.add(a, &Analysis::default());
    }
    let story = |index: &StoryIndex, id: &str| index.placements().find(|p| p.0 == id).map(|p| p.1.to_string()).unwrap();
    assert!(articles.iter().all(|a| story(&index, &a.id) == story(&index, "e0")), "chained at first");
    index.recheck(articles.len());
    // The later event holds the story's newest members and keeps it; the
    // earlier one leaves and comes together again in a story of its own.
    let (strike, fire) = (story(&index, "e0"), story(&index, "f0"));
    assert_ne!(strike, fire);
    let placements: Vec<(String, String)> = index.placements().map(|(a, s)| (a.to_string(), s.to_string())).collect();
    for (id, s) in &placements {
        match id.as_bytes()[0] {
            b'f' => assert_eq!(s, &fire, "{id} in {placements:?}"),
            b'e' => assert_eq!(s, &strike, "{id} in {placements:?}"),
            _ => {}
        }
    }
}

//! STIX bundles of a hand-written cyber story and a non-cyber story: the
//! seed-style objects and relationships are there, every reference resolves,
//! ids are stable, and the official OASIS validator (from the venv made by
//! `scripts/setup-stix-venv`) finds no errors.

use std::path::{Path, PathBuf};
use std::process::Command;

use concord_model::{Analysis, Article, Dossier, SummarySentence, Source};
use concord_synth::Member;
use serde_json::Value;

fn member(id: &str, outlet: &str, published: &str, body: &str, duplicate_of: Option<&str>) -> Member {
    Member {
        article: Article {
            id: id.into(),
            outlet: Some(outlet.into()),
            url: Some(format!("https://{}.example/{id}", outlet.to_lowercase().replace(' ', "-"))),
            title: Some(format!("{outlet} on the campaign hack")),
            published: Some(published.into()),
            body: body.into(),
            ..Default::default()
        },
        analysis: Analysis::default(),
        duplicate_of: duplicate_of.map(str::to_string),
    }
}

fn cyber_story() -> (Dossier, Vec<Member>) {
    let members = vec![
        member("a", "Capitol Ledger", "2024-08-19T21:10:00-04:00",
            "The FBI, ODNI and CISA said on Monday that Iran was behind the hack of the Trump campaign. \
             The agencies said Iranian operatives used social engineering and spear-phishing emails to reach campaign staff. \
             Google's Threat Analysis Group said APT42 had targeted the Biden-Harris campaign as well. \
             Iran's mission to the United Nations called the accusations unsubstantiated.", None),
        member("b", "Harbor Times", "2024-08-20",
            "U.S. intelligence agencies, the FBI, ODNI and CISA, said Iran was responsible for the breach of the Trump campaign. \
             Microsoft said the hackers took control of an account belonging to a former adviser. \
             Iran's U.N. mission denied the claims as baseless.", None),
        member("b2", "Lakeside Post", "2024-08-20",
            "U.S. intelligence agencies, the FBI, ODNI and CISA, said Iran was responsible for the breach of the Trump campaign. \
             Microsoft said the hackers took control of an account belonging to a former adviser. \
             Iran's U.N. mission denied the claims as baseless.", Some("b")),
        member("c", "Northern Wire", "2024-08-20T08:00:00Z",
            "The FBI, ODNI and CISA attributed the hack of the Trump campaign to Iran. \
             Google said APT42, which works for Iran's Revolutionary Guard, used phishing against both campaigns.", None),
    ];
    let dossier = Dossier {
        id: "story-hack".into(),
        title: Some("US agencies blame Iran for campaign hack".into()),
        articles: vec![],
        summary: vec![SummarySentence { text: "US agencies said Iran hacked the Trump campaign.".into(),
                                        sources: vec![Source { article: "a".into(), sentence: 0 }] }],
        facts: vec![], quotes: vec![], timeline: vec![], discrepancies: vec![], entities: vec![],
    };
    (dossier, members)
}

fn objects(b: &Value) -> &Vec<Value> {
    b["objects"].as_array().unwrap()
}

fn named<'a>(b: &'a Value, id: &str) -> &'a str {
    objects(b).iter().find(|o| o["id"] == id).and_then(|o| o["name"].as_str()).unwrap_or("")
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs the OASIS validator on the bundles; panics with its report on errors.
fn validate(bundles: &[(&str, &Value)]) {
    if std::env::var("CONCORD_SKIP_PY").as_deref() == Ok("1") {
        eprintln!("skipping the STIX validator: CONCORD_SKIP_PY=1");
        return;
    }
    let python = workspace().join("target/stix-venv/bin/python");
    assert!(python.is_file(), "{} missing: run scripts/setup-stix-venv (or set CONCORD_SKIP_PY=1)", python.display());
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (name, b) in bundles {
        let f = dir.path().join(format!("{name}.json"));
        std::fs::write(&f, serde_json::to_string_pretty(b).unwrap()).unwrap();
        files.push(f);
    }
    let script = "import sys, stix2validator as v\n\
        ok = True\n\
        for f in sys.argv[1:]:\n\
        \x20   r = v.validate_file(f, v.ValidationOptions(version='2.1'))\n\
        \x20   v.print_results(r)\n\
        \x20   ok = ok and r.is_valid\n\
        sys.exit(0 if ok else 1)\n";
    let out = Command::new(python).arg("-c").arg(script).args(&files).output().unwrap();
    assert!(out.status.success(), "STIX validator found errors:\n{}\n{}",
            String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
}

#[test]
fn cyber_story_exports_the_attribution_graph() {
    let (dossier, members) = cyber_story();
    let b = concord_export::stix(&dossier, &members);
    assert_eq!(b["type"], "bundle");
    assert_eq!(concord_export::stix::dangling_refs(&b), Vec::<String>::new());
    let o = objects(&b);
    let of_type = |t: &'static str| o.iter().filter(move |x| x["type"] == t);

    let apt42 = of_type("intrusion-set").find(|x| x["name"] == "APT42").expect("intrusion-set APT42");
    assert_eq!(apt42["external_references"][0]["external_id"], "G1044");
    assert!(of_type("attack-pattern").any(|x| x["external_references"][0]["external_id"].as_str().unwrap().starts_with("T1566")));
    assert!(of_type("attack-pattern").any(|x| x["external_references"][0]["external_id"] == "T1078"));
    let uses: Vec<&Value> = of_type("relationship").filter(|r| r["relationship_type"] == "uses").collect();
    assert!(uses.iter().any(|r| r["source_ref"] == apt42["id"]), "APT42 uses a technique");
    assert!(uses.iter().any(|r| r["description"].as_str().unwrap().contains("spear-phishing emails")), "phrase kept");

    let to_iran: Vec<&Value> = of_type("relationship")
        .filter(|r| r["relationship_type"] == "attributed-to" && named(&b, r["target_ref"].as_str().unwrap()) == "Iran")
        .collect();
    let by_agencies = to_iran.iter().find(|r| named(&b, r["created_by_ref"].as_str().unwrap()) == "ODNI, FBI and CISA")
        .expect("attributed-to Iran created by the agencies");
    assert_eq!(by_agencies["confidence"], 75, "three independent outlets (the copy counts once)");
    let targets: Vec<&str> = of_type("relationship").filter(|r| r["relationship_type"] == "targets")
        .map(|r| named(&b, r["target_ref"].as_str().unwrap())).collect();
    assert!(targets.contains(&"Trump campaign") && targets.contains(&"Biden-Harris campaign"), "{targets:?}");

    let opinion = of_type("opinion").next().expect("a denial opinion");
    assert_eq!(opinion["opinion"], "strongly-disagree");
    assert_eq!(named(&b, opinion["created_by_ref"].as_str().unwrap()), "Iran's mission to the United Nations");
    assert!(opinion["object_refs"].as_array().unwrap().contains(&by_agencies["id"]));
    assert_eq!(of_type("opinion").count(), 1, "outlets' wordings of one denial meet");

    let reports: Vec<&Value> = of_type("report").collect();
    assert_eq!(reports.len(), 4);
    assert!(reports.iter().all(|r| named(&b, r["created_by_ref"].as_str().unwrap()).ends_with(
        r["external_references"][0]["source_name"].as_str().unwrap())));
    assert_eq!(b, concord_export::stix(&dossier, &members), "deterministic");

    let (plain, plain_members) = {
        let mut m = vec![member("x", "Valley Courier", "2025-03-02", "The flood barrier failed. The council will meet.", None)];
        m[0].article.url = Some("javascript:alert(1)".into());
        (Dossier { id: "flood".into(), title: Some("Flood".into()), ..dossier.clone() }, m)
    };
    let p = concord_export::stix(&plain, &plain_members);
    assert!(objects(&p).iter().all(|x| x["type"] == "report" || x["type"] == "identity"), "{p}");
    assert_eq!(concord_export::stix::dangling_refs(&p), Vec::<String>::new());
    validate(&[("cyber", &b), ("plain", &p)]);
}

#[test]
fn seed_story_exports_the_acceptance_objects() {
    let Some(data) = concord_model::shared_data_dir() else {
        eprintln!("skipping: shared data absent");
        return;
    };
    // The seeds are checked end to end by check-seeds (stage stix); here only
    // that the compiled tables agree with the shared ATT&CK data they came from.
    let raw = std::fs::read_to_string(data.join("cti/mitre-intrusion-set.json")).unwrap();
    let b = concord_export::stix::cti();
    let apt42 = b.actors.iter().find(|a| a.name == "APT42").unwrap();
    assert!(raw.contains(apt42.stix_uuid.as_deref().unwrap()), "APT42's ATT&CK id comes from the shared data");
}

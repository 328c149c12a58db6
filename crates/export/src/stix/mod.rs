//! STIX 2.1 export of a story. Every article becomes a `report` by its
//! outlet's `identity`; in a cyber story the claims read from the articles
//! (see [`detect`]) become intrusion sets, state-sponsor threat actors, ATT&CK
//! attack patterns, a campaign, victims, vulnerabilities and indicators, tied
//! by `attributed-to` / `uses` / `targets` relationships, one per asserting
//! party, whose confidence grows with the number of independent outlets
//! carrying the claim. A denial becomes a `strongly-disagree` opinion by the
//! denying party. Ids are UUIDv5 of the content, so the same story exports the
//! same bundle.

mod cti;
pub mod detect;
mod integrity;

use std::collections::{BTreeMap, BTreeSet};

use concord_model::{Dossier, EntityType};
use concord_synth::Member;
use serde_json::{json, Value};
use uuid::Uuid;

pub use cti::cti;
pub use integrity::dangling_refs;

use detect::{ActorRef, Claims, Party, Subject, Target};

/// Confidence (0–100) of a claim carried by `n` independent outlets.
fn confidence(n: usize) -> u8 {
    [0, 40, 60, 75, 85, 95][n.min(5)]
}

/// A STIX timestamp for an ISO 8601 date or date-time (UTC when no offset is given).
fn timestamp(date: &str) -> Option<String> {
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(date) {
        return Some(dt.with_timezone(&chrono::Utc).format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string());
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S"] {
        if let Ok(dt) = chrono::NaiveDateTime::parse_from_str(date, fmt) {
            return Some(dt.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string());
        }
    }
    let day = chrono::NaiveDate::parse_from_str(date.get(..10)?, "%Y-%m-%d").ok()?;
    Some(format!("{}T00:00:00.000Z", day.format("%Y-%m-%d")))
}

/// A relationship under construction: who carries it.
#[derive(Default)]
struct Carried {
    outlets: BTreeSet<String>,
    articles: BTreeSet<String>,
    phrases: BTreeSet<String>,
}

struct Builder {
    namespace: Uuid,
    created: String,
    objects: BTreeMap<String, Value>,
    relations: BTreeMap<(String, String, String, String), Carried>,
    /// Object ids each article supports, for its report.
    supports: BTreeMap<String, BTreeSet<String>>,
}

impl Builder {
    fn id(&self, kind: &str, key: &str) -> String {
        format!("{kind}--{}", Uuid::new_v5(&self.namespace, format!("{kind}|{key}").as_bytes()))
    }

    fn base(&self, kind: &str, id: &str) -> Value {
        json!({"type": kind, "spec_version": "2.1", "id": id, "created": self.created, "modified": self.created})
    }

    fn add(&mut self, id: String, fields: Value) -> String {
        if !self.objects.contains_key(&id) {
            let kind = id.split("--").next().unwrap_or_default().to_string();
            let mut obj = self.base(&kind, &id);
            if let (Some(o), Value::Object(f)) = (obj.as_object_mut(), fields) {
                o.extend(f);
            }
            self.objects.insert(id.clone(), obj);
        }
        id
    }

    fn identity(&mut self, name: &str, class: &str) -> String {
        let id = self.id("identity", &name.to_lowercase());
        self.add(id, json!({"name": name, "identity_class": class}))
    }

    fn state(&mut self, name: &str) -> String {
        let id = self.id("threat-actor", &name.to_lowercase());
        self.add(id, json!({"name": name, "threat_actor_types": ["nation-state"],
                            "description": format!("The state of {name}, as named by the attributing sources.")}))
    }

    fn intrusion_set(&mut self, actor: &ActorRef) -> String {
        let table = actor.table.map(|i| &cti().actors[i]);
        let id = match table.and_then(|a| a.stix_uuid.as_deref()).and_then(|u| Uuid::parse_str(u).ok()) {
            Some(uuid) => format!("intrusion-set--{uuid}"),
            None => self.id("intrusion-set", &actor.name.to_lowercase()),
        };
        let mut fields = json!({"name": actor.name});
        if let Some(a) = table {
            if !a.aliases.is_empty() {
                fields["aliases"] = json!(a.aliases.iter().take(12).collect::<Vec<_>>());
            }
            if let Some(g) = &a.attack_id {
                fields["external_references"] = json!([{"source_name": "mitre-attack", "external_id": g,
                    "url": format!("https://attack.mitre.org/groups/{g}")}]);
            }
        }
        self.add(id, fields)
    }

    fn attack_pattern(&mut self, technique: &str) -> Option<String> {
        let (name, uuid) = cti().techniques.get(technique)?;
        let id = format!("attack-pattern--{}", Uuid::parse_str(uuid).ok()?);
        let url = format!("https://attack.mitre.org/techniques/{}", technique.replace('.', "/"));
        Some(self.add(id, json!({"name": name,
            "external_references": [{"source_name": "mitre-attack", "external_id": technique, "url": url}]})))
    }

    /// Records that `by` asserts `source` `kind` `target`, as `(member, outlet)` reports it.
    fn relate(&mut self, kind: &str, source: &str, target: &str, by: &str, (member, outlet): (&Member, &str), phrase: Option<&str>) {
        let carried = self.relations.entry((kind.into(), source.into(), target.into(), by.into())).or_default();
        carried.outlets.insert(outlet.to_string());
        carried.articles.insert(member.article.id.clone());
        carried.phrases.extend(phrase.map(str::to_string));
        let supports = self.supports.entry(member.article.id.clone()).or_default();
        supports.extend([source.to_string(), target.to_string(), by.to_string()]);
    }
}

/// The outlet that counts for independence: a copy counts as its original's outlet.
fn independent_outlet(member: &Member, members: &[Member]) -> String {
    let root = member.duplicate_of.as_deref().and_then(|o| members.iter().find(|m| m.article.id == o)).unwrap_or(member);
    root.article.outlet.clone().unwrap_or_else(|| root.article.id.clone())
}

/// The dossier as a STIX 2.1 bundle.
pub fn bundle(dossier: &Dossier, members: &[Member]) -> Value {
    let namespace = Uuid::new_v5(&Uuid::NAMESPACE_URL, b"https://concord.invalid/stix");
    let earliest = members.iter().filter_map(|m| m.article.published.as_deref().and_then(timestamp)).min();
    let created = earliest.unwrap_or_else(|| "1970-01-01T00:00:00.000Z".into());
    let mut b = Builder { namespace, created, objects: BTreeMap::new(), relations: BTreeMap::new(), supports: BTreeMap::new() };
    let claims: Vec<Claims> = members.iter().map(|m| detect::claims(&m.article.body, &m.analysis)).collect();
    let cyber = claims.iter().any(Claims::is_cyber);
    let campaign = cyber.then(|| {
        let name = dossier.title.clone().unwrap_or_else(|| format!("Operation in story {}", dossier.id));
        let mut fields = json!({"name": name, "first_seen": b.created});
        if let Some(s) = dossier.summary.first() {
            fields["description"] = json!(s.text);
        }
        let id = b.id("campaign", &dossier.id);
        b.add(id, fields)
    });
    let mut denials = Vec::new();
    for (m, c) in members.iter().zip(&claims) {
        let outlet_name = m.article.outlet.clone().unwrap_or_else(|| format!("unknown outlet ({})", m.article.id));
        let outlet = b.identity(&outlet_name, "organization");
        let independent = independent_outlet(m, members);
        for e in m.analysis.entities.iter().filter(|e| matches!(e.kind, EntityType::Person | EntityType::Organisation)).take(25) {
            let class = if e.kind == EntityType::Person { "individual" } else { "organization" };
            let id = b.identity(&e.name, class);
            b.supports.entry(m.article.id.clone()).or_default().insert(id);
        }
        let Some(campaign) = campaign.clone() else { continue };
        let by = |b: &mut Builder, p: &Option<Party>| match p {
            Some(p) => b.identity(&p.name, p.class),
            None => outlet.clone(),
        };
        for a in &c.attributions {
            let source = match &a.subject {
                Subject::Operation => campaign.clone(),
                Subject::Actor(actor) => b.intrusion_set(actor),
            };
            let target = match &a.target {
                Target::State(s) => b.state(s),
                Target::Actor(actor) => b.intrusion_set(actor),
            };
            if source != target {
                let creator = by(&mut b, &a.source);
                b.relate("attributed-to", &source, &target, &creator, (m, &independent), None);
            }
        }
        for u in &c.uses {
            let Some(pattern) = b.attack_pattern(&u.technique) else { continue };
            let source = match &u.subject {
                Subject::Operation => campaign.clone(),
                Subject::Actor(actor) => b.intrusion_set(actor),
            };
            let creator = by(&mut b, &u.source);
            b.relate("uses", &source, &pattern, &creator, (m, &independent), Some(&u.phrase));
        }
        for v in &c.victims {
            let victim = b.identity(v, "organization");
            b.relate("targets", &campaign, &victim, &outlet, (m, &independent), None);
        }
        for cve in &c.cves {
            let id = b.id("vulnerability", cve);
            let vuln = b.add(id, json!({"name": cve, "external_references": [{"source_name": "cve", "external_id": cve}]}));
            b.relate("targets", &campaign, &vuln, &outlet, (m, &independent), None);
        }
        for ip in &c.ipv4 {
            let id = b.id("indicator", ip);
            let created = b.created.clone();
            let ind = b.add(id, json!({"name": format!("IPv4 address {ip}"), "pattern": format!("[ipv4-addr:value = '{ip}']"),
                                       "pattern_type": "stix", "valid_from": created, "indicator_types": ["malicious-activity"]}));
            b.relate("indicates", &ind, &campaign, &outlet, (m, &independent), None);
        }
        for actor in &c.actors {
            let this = b.intrusion_set(actor);
            b.supports.entry(m.article.id.clone()).or_default().insert(this.clone());
            let related = actor.table.map(|i| cti().actors[i].related.clone()).unwrap_or_default();
            for other in c.actors.iter().filter(|o| related.contains(&o.name) && actor.name < o.name) {
                let that = b.intrusion_set(other);
                b.relate("related-to", &this, &that, &outlet, (m, &independent), None);
            }
        }
        denials.extend(c.denials.iter().cloned());
    }
    // Relationships, one per (type, source, target, asserting party).
    let relations = std::mem::take(&mut b.relations);
    let mut attributions_to: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for ((kind, source, target, by), carried) in relations {
        let id = b.id("relationship", &format!("{kind}|{source}|{target}|{by}"));
        let mut fields = json!({"relationship_type": kind, "source_ref": source, "target_ref": target,
                                "created_by_ref": by, "confidence": confidence(carried.outlets.len())});
        let outlets: Vec<&String> = carried.outlets.iter().collect();
        let mut description = format!("Reported by {}", outlets.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "));
        if !carried.phrases.is_empty() {
            let phrases: Vec<String> = carried.phrases.iter().map(|p| format!("\u{201c}{p}\u{201d}")).collect();
            description.push_str(&format!("; named as {}", phrases.join(", ")));
        }
        fields["description"] = json!(description);
        if kind == "attributed-to" && target.starts_with("threat-actor--") {
            attributions_to.entry(target.clone()).or_default().push(id.clone());
        }
        for article in &carried.articles {
            b.supports.entry(article.clone()).or_default().insert(id.clone());
        }
        b.add(id, fields);
    }
    // Denials: one opinion per denying party and state; a bare state yields to
    // a more specific denier of the same state (its UN mission, its embassy).
    let specific: BTreeSet<String> = denials.iter().filter(|d| d.denier != d.state).map(|d| d.state.clone()).collect();
    denials.retain(|d| d.denier != d.state || !specific.contains(&d.state));
    let mut seen = BTreeSet::new();
    for d in denials {
        let state = b.id("threat-actor", &d.state.to_lowercase());
        let Some(refs) = attributions_to.get(&state).cloned() else { continue };
        if !seen.insert((d.denier.clone(), d.state.clone())) {
            continue;
        }
        let denier = b.identity(&d.denier, "organization");
        let id = b.id("opinion", &format!("{}|{}", d.denier, d.state));
        b.add(id, json!({"opinion": "strongly-disagree", "object_refs": refs, "created_by_ref": denier, "explanation": d.text}));
    }
    // One report per article, by its outlet.
    for m in members {
        let outlet_name = m.article.outlet.clone().unwrap_or_else(|| format!("unknown outlet ({})", m.article.id));
        let outlet = b.identity(&outlet_name, "organization");
        let mut refs: Vec<String> = b.supports.get(&m.article.id).map(|s| s.iter().cloned().collect()).unwrap_or_default();
        if refs.is_empty() {
            refs.push(campaign.clone().unwrap_or_else(|| outlet.clone()));
        }
        let published = m.article.published.as_deref().and_then(timestamp).unwrap_or_else(|| b.created.clone());
        let mut reference = json!({"source_name": outlet_name});
        if let Some(url) = &m.article.url {
            reference["url"] = json!(url);
        }
        reference["external_id"] = json!(m.article.id);
        let id = b.id("report", &m.article.id);
        b.add(id, json!({
            "name": m.article.title.clone().unwrap_or_else(|| m.article.id.clone()),
            "report_types": [if cyber { "threat-report" } else { "identity" }],
            "published": published, "created_by_ref": outlet, "object_refs": refs,
            "external_references": [reference],
        }));
    }
    json!({"type": "bundle", "id": format!("bundle--{}", Uuid::new_v5(&namespace, dossier.id.as_bytes())),
           "objects": b.objects.into_values().collect::<Vec<_>>()})
}

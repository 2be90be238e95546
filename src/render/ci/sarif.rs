//! `--format sarif`: SARIF 2.1.0, the static-analysis interchange format
//! that GitHub code scanning (`github/codeql-action/upload-sarif`), Azure
//! DevOps, GitLab and most security dashboards read.
//!
//! One run, whose tool lists every check of the registry as a rule (its
//! code, summary and default level). Each finding is a result with its
//! rule, level (`error`, `warning`, or `note` for advice), message and
//! help, and its location: the region's lines, columns (in characters:
//! `columnKind` is `unicodeCodePoints`), byte offset and length, and the
//! claimed text. Its evidence (the rule in its YAML file, the other
//! document's claim) is in `relatedLocations`; the fact, expected and
//! found values in `properties`; a fingerprint that does not depend on the
//! line in `partialFingerprints`. Inputs that could not be read are
//! notifications of the invocation, which then did not succeed.
//!
//! Paths are written as relative URIs (percent-encoded, `/` between
//! directories) as given on the command line; an absolute path as a
//! `file://` URI.

use super::{Pieces, fingerprints, level};
use crate::checks::{Finding, REGISTRY};
use crate::input::InputError;
use crate::render::Docs;
use crate::render::place_position;
use crate::rules::RuleSet;
use serde::Serialize;
use std::collections::BTreeMap;

pub struct Sarif;

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    short_description: Text,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Result<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: [Location<'a>; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location<'a>>,
    partial_fingerprints: BTreeMap<&'static str, String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    properties: BTreeMap<&'static str, &'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: Physical<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Physical<'a> {
    artifact_location: Artifact,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region<'a>>,
}

#[derive(Serialize)]
struct Artifact {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region<'a> {
    start_line: usize,
    start_column: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<usize>,
    byte_offset: usize,
    byte_length: usize,
    snippet: Snippet<'a>,
}

#[derive(Serialize)]
struct Snippet<'a> {
    text: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Text,
    locations: [Location<'static>; 1],
}

/// A path as a URI reference: relative, with `/` between its parts, or
/// for an absolute path a `file://` URI; every byte but the unreserved
/// ones and `/` percent-encoded.
pub(crate) fn uri(path: &str) -> String {
    use std::fmt::Write;
    let slashed = path.replace('\\', "/");
    let mut out = String::with_capacity(slashed.len() + 8);
    let drive = slashed.as_bytes().get(1) == Some(&b':');
    if slashed.starts_with('/') {
        out.push_str("file://");
    } else if drive {
        out.push_str("file:///");
    }
    for (k, b) in slashed.bytes().enumerate() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else if drive && k == 1 {
            // the drive's colon stays ("file:///C:/drafts")
            out.push(':');
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

impl Pieces for Sarif {
    fn head(&self, out: &mut String, _: &[crate::DocInfo], _: &RuleSet) {
        let tool = Tool {
            driver: Driver {
                name: "claimlint",
                version: env!("CARGO_PKG_VERSION"),
                semantic_version: env!("CARGO_PKG_VERSION"),
                rules: REGISTRY
                    .iter()
                    .map(|c| Rule {
                        id: c.code(),
                        short_description: Text {
                            text: c.summary().into(),
                        },
                        default_configuration: Configuration {
                            level: level(c.severity()),
                        },
                    })
                    .collect(),
            },
        };
        out.push_str(concat!(
            "{\n",
            "  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n",
            "  \"version\": \"2.1.0\",\n",
            "  \"runs\": [\n",
            "    {\n",
            "      \"tool\": "
        ));
        out.push_str(&serde_json::to_string(&tool).expect("the tool serialises"));
        out.push_str(",\n      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [");
    }

    fn findings(&self, out: &mut String, findings: &[Finding], docs: &dyn Docs, rules: &RuleSet) {
        for (f, fingerprint) in findings.iter().zip(fingerprints(findings, docs)) {
            let p = super::position(docs, f);
            let rule_index = REGISTRY
                .iter()
                .position(|c| c.code() == f.code)
                .unwrap_or(0);
            let related = f
                .related
                .iter()
                .enumerate()
                .map(|(k, r)| {
                    let (path, line, column, text) =
                        place_position(docs, rules, &r.place, r.span.clone());
                    Location {
                        id: Some(k),
                        physical_location: Physical {
                            artifact_location: Artifact { uri: uri(path) },
                            region: Some(Region {
                                start_line: line,
                                start_column: column,
                                end_line: None,
                                end_column: None,
                                byte_offset: r.span.start,
                                byte_length: r.span.len(),
                                snippet: Snippet { text },
                            }),
                        },
                        message: Some(Text {
                            text: r.message.clone(),
                        }),
                    }
                })
                .collect();
            let mut properties = BTreeMap::new();
            for (key, value) in [
                ("fact", &f.fact),
                ("expected", &f.expected),
                ("found", &f.found),
            ] {
                if let Some(v) = value {
                    properties.insert(key, v.as_str());
                }
            }
            let result = Result {
                rule_id: f.code,
                rule_index,
                level: level(f.severity),
                message: Text {
                    text: super::message_and_help(f),
                },
                locations: [Location {
                    id: None,
                    physical_location: Physical {
                        artifact_location: Artifact { uri: uri(p.path) },
                        region: Some(Region {
                            start_line: p.line,
                            start_column: p.column,
                            end_line: Some(p.end_line),
                            end_column: Some(p.end_column),
                            byte_offset: f.span.start,
                            byte_length: f.span.len(),
                            snippet: Snippet { text: p.text },
                        }),
                    },
                    message: None,
                }],
                related_locations: related,
                partial_fingerprints: BTreeMap::from([("claimlint/v1", fingerprint)]),
                properties,
            };
            out.push_str(",\n        ");
            out.push_str(&serde_json::to_string(&result).expect("a result serialises"));
        }
    }

    fn separator(&self) -> &'static str {
        ","
    }

    fn tail(&self, out: &mut String, findings: usize, errors: &[InputError]) {
        let invocation = Invocation {
            execution_successful: errors.is_empty(),
            tool_execution_notifications: errors
                .iter()
                .map(|e| Notification {
                    level: "error",
                    message: Text {
                        text: format!("cannot check {}: {}", e.path, e.error),
                    },
                    locations: [Location {
                        id: None,
                        physical_location: Physical {
                            artifact_location: Artifact { uri: uri(&e.path) },
                            region: None,
                        },
                        message: None,
                    }],
                })
                .collect(),
        };
        if findings > 0 {
            out.push_str("\n      ");
        }
        out.push_str("],\n      \"invocations\": [");
        out.push_str(&serde_json::to_string(&invocation).expect("the invocation serialises"));
        out.push_str("]\n    }\n  ]\n}\n");
    }
}

#[cfg(test)]
mod tests {
    use super::uri;

    #[test]
    fn paths_are_written_as_uris() {
        for (path, want) in [
            ("corpus/a.txt", "corpus/a.txt"),
            ("drafts/My draft #2.md", "drafts/My%20draft%20%232.md"),
            ("/home/ed/a.txt", "file:///home/ed/a.txt"),
            ("drafts\\a.txt", "drafts/a.txt"),
            ("C:\\drafts\\a.txt", "file:///C:/drafts/a.txt"),
            ("brèves/é.txt", "br%C3%A8ves/%C3%A9.txt"),
            ("-", "-"),
        ] {
            assert_eq!(uri(path), want, "{path}");
        }
    }
}

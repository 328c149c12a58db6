//! Errors of the HTTP layer: a status and a message, answered as
//! `{"error": "..."}` JSON (the UI wraps the same message in a page).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// A failed request.
#[derive(Debug)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// What went wrong, safe to show to the client.
    pub message: String,
}

impl ApiError {
    /// A 404 for a missing `what` called `id`.
    pub fn not_found(what: &str, id: &str) -> ApiError {
        ApiError { status: StatusCode::NOT_FOUND, message: format!("no {what} {id}") }
    }

    /// A 400 with a reason.
    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError { status: StatusCode::BAD_REQUEST, message: message.into() }
    }

    /// A 500; the cause is logged, not shown.
    pub fn internal(err: impl std::fmt::Display) -> ApiError {
        eprintln!("concord serve: {err}");
        ApiError { status: StatusCode::INTERNAL_SERVER_ERROR, message: "internal error".into() }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, axum::Json(serde_json::json!({ "error": self.message }))).into_response()
    }
}

//! The customer's face, drawn with egui's painter: brows, eyes and mouth follow the mood.

use bevy_egui::egui;
use egui::epaint::QuadraticBezierShape;
use egui::{Color32, Pos2, Response, Sense, Stroke, Ui, pos2, vec2};

/// Draw a face for an anger level (0 calm … 100 furious) in a `size`×`size` square.
pub fn face(ui: &mut Ui, mood: u8, size: f32) -> Response {
    let (rect, response) = ui.allocate_exact_size(vec2(size, size), Sense::hover());
    let p = ui.painter_at(rect);
    let m = f32::from(mood.min(100)) / 100.0;
    let c = rect.center();
    let r = size * 0.44;
    let ink = Color32::from_rgb(50, 35, 30);
    let skin =
        Color32::from_rgb(242, 205, 170).lerp_to_gamma(Color32::from_rgb(235, 130, 110), m * m);
    p.circle(c, r, skin, Stroke::new(size * 0.02, ink));
    // hair
    let hair = Color32::from_rgb(90, 60, 40);
    p.add(QuadraticBezierShape::from_points_stroke(
        [
            pos2(c.x - r * 0.9, c.y - r * 0.35),
            pos2(c.x, c.y - r * 1.55),
            pos2(c.x + r * 0.9, c.y - r * 0.35),
        ],
        false,
        Color32::TRANSPARENT,
        Stroke::new(size * 0.05, hair),
    ));
    // eyes narrow as anger rises
    let eye_y = c.y - r * 0.12;
    let dx = r * 0.38;
    for s in [-1.0f32, 1.0] {
        let e = pos2(c.x + s * dx, eye_y);
        p.circle_filled(e, r * 0.13, Color32::WHITE);
        p.circle_filled(e, r * (0.075 - 0.02 * m), ink);
    }
    // brows: relaxed arch when calm, inner ends pulled down when angry
    let brow_y = eye_y - r * 0.28;
    let tilt = (m - 0.35) * r * 0.35;
    for s in [-1.0f32, 1.0] {
        let inner = pos2(c.x + s * dx * 0.45, brow_y + tilt);
        let outer = pos2(c.x + s * dx * 1.45, brow_y - tilt * 0.6);
        p.line_segment([inner, outer], Stroke::new(size * 0.035, ink));
    }
    // mouth: smile (calm) to frown (angry)
    let bend = (0.45 - m) * r * 0.7;
    let my = c.y + r * 0.48 - bend * 0.3;
    let mouth: [Pos2; 3] = [
        pos2(c.x - r * 0.38, my),
        pos2(c.x, my + bend * 2.0),
        pos2(c.x + r * 0.38, my),
    ];
    p.add(QuadraticBezierShape::from_points_stroke(
        mouth,
        false,
        Color32::TRANSPARENT,
        Stroke::new(size * 0.035, ink),
    ));
    // flushed cheeks when furious
    if m > 0.65 {
        let a = ((m - 0.65) / 0.35 * 140.0) as u8;
        let blush = Color32::from_rgba_unmultiplied(220, 40, 40, a);
        for s in [-1.0f32, 1.0] {
            p.circle_filled(pos2(c.x + s * r * 0.6, c.y + r * 0.22), r * 0.14, blush);
        }
    }
    response
}

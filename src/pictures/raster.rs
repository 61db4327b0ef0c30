//! SVG to PNG, natively: resvg (with tiny-skia) in the fonts shipped in `assets/fonts/`, and no
//! other font, so the build draws the same pixels on every machine.

use std::sync::Arc;

use resvg::{tiny_skia, usvg};

use super::typeface::{BOLD, REGULAR};

/// `svg` rasterized at `scale` PNG pixels per unit, as PNG bytes; or why it could not be.
pub fn png(svg: &str, scale: u32) -> Result<Vec<u8>, String> {
    let mut fonts = usvg::fontdb::Database::new();
    fonts.load_font_data(REGULAR.to_vec());
    fonts.load_font_data(BOLD.to_vec());
    fonts.set_sans_serif_family("Inter");
    let options = usvg::Options {
        fontdb: Arc::new(fonts),
        font_family: "Inter".to_string(),
        ..usvg::Options::default()
    };
    let tree =
        usvg::Tree::from_str(svg, &options).map_err(|e| format!("the SVG does not parse: {e}"))?;
    let size = tree
        .size()
        .to_int_size()
        .scale_by(scale as f32)
        .ok_or("the picture has no size")?;
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or("the picture is too large to draw")?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale as f32, scale as f32),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| format!("cannot encode the PNG: {e}"))
}

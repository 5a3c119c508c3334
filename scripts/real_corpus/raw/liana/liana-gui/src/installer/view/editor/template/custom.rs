use iced::{
    alignment,
    widget::{row, Container, Space},
    Alignment, Length,
};
use liana::miniscript::bitcoin::Network;

use liana_ui::{
    color,
    component::{
        button::{btn_add_recovery_option, btn_add_safety_net, btn_next},
        text::new,
    },
    image, theme,
    widget::*,
};

use crate::installer::{
    descriptor::Path,
    message::{self, Message},
    view::{
        editor::{defined_key, path, undefined_key},
        layout,
    },
};

pub fn custom_template_description(
    progress: (usize, usize),
    network: Network,
) -> Element<'static, Message> {
    let row_next = row![Space::fill_width(), btn_next(Some(Message::Next))];
    layout(
        progress,
        network,
        None,
        "Introduction",
        Column::new()
            .align_x(Alignment::Start)
            .push(new::b1_bold("Build your own"))
            .push(Container::new(
                new::caption("For this setup you will need to define your primary and recovery spending policies. For security reasons, we suggest you use a separate Hardware Wallet for each key belonging to them.")
                .style(theme::text::secondary)
                .align_x(alignment::Horizontal::Left)
            ).align_x(alignment::Horizontal::Left).width(Length::Fill))
            .push(Container::new(
                new::caption("The keys belonging to your primary policy can always spend. Those belonging to the recovery policies will be able to spend only after a defined time of wallet inactivity, allowing for secure recovery and advanced spending policies.")
                .style(theme::text::secondary)
                .align_x(alignment::Horizontal::Left)
            ).align_x(alignment::Horizontal::Left).width(Length::Fill))
            .push(image::custom_template_description().width(Length::Fill))
            .push(row_next)
            .push(Space::with_height(50.0))
            .spacing(20),
        Some(Message::Previous),
    )
}

#[allow(clippy::too_many_arguments)]
pub fn custom_template<'a>(
    progress: (usize, usize),
    network: Network,
    use_taproot: bool,
    primary_path: &'a Path,
    recovery_paths: &mut dyn Iterator<Item = (usize, &'a Path)>,
    safety_net_path: Option<(usize, &'a Path)>,
    num_non_primary_paths: usize,
    valid: bool,
    processing: bool,
) -> Element<'a, Message> {
    let prim_keys_fixed = primary_path.keys.len() < 2; // can only delete a primary key if there are 2 or more

    let advanced_settings = super::advanced_settings_collapse(use_taproot);

    let primary = path(
        color::GREEN,
        Some("Primary spending option:".to_string()),
        primary_path.sequence,
        primary_path.warning,
        primary_path.threshold,
        primary_path
            .keys
            .iter()
            .enumerate()
            .map(|(i, primary_key)| {
                if let Some(key) = primary_key {
                    defined_key(
                        &key.name,
                        color::GREEN,
                        "Primary key",
                        if use_taproot && !key.source.is_compatible_taproot() {
                            Some("This device does not support Taproot")
                        } else {
                            None
                        },
                        prim_keys_fixed,
                    )
                } else {
                    undefined_key(
                        color::GREEN,
                        "Primary key",
                        !primary_path.keys[0..i].iter().any(|k| k.is_none()),
                        prim_keys_fixed,
                    )
                }
                .map(move |msg| message::DefinePath::Key(i, msg))
            })
            .collect(),
        false,
    )
    .map(|msg| Message::DefineDescriptor(message::DefineDescriptor::Path(0, msg)));

    let recovery_paths = recovery_paths.into_iter().enumerate().fold(
        Column::new().spacing(20),
        |col, (i, (p_idx, p))| {
            col.push(
                path(
                    color::ORANGE,
                    Some(format!("Recovery option #{}:", i + 1)),
                    p.sequence,
                    p.warning,
                    p.threshold,
                    p.keys
                        .iter()
                        .enumerate()
                        .map(|(j, recovery_key)| {
                            // We cannot delete a key if doing so would remove all recovery paths,
                            // i.e. if there is only 1 recovery path and it contains only 1 key,
                            // and there is no safety net path.
                            let fixed = num_non_primary_paths < 2 && p.keys.len() < 2;
                            if let Some(key) = recovery_key {
                                defined_key(
                                    &key.name,
                                    color::ORANGE,
                                    "Recovery key",
                                    if use_taproot && !key.source.is_compatible_taproot() {
                                        Some("This device does not support Taproot")
                                    } else {
                                        None
                                    },
                                    fixed,
                                )
                            } else {
                                undefined_key(
                                    color::ORANGE,
                                    "Recovery key",
                                    !p.keys[0..j].iter().any(|k| k.is_none()),
                                    fixed,
                                )
                            }
                            .map(move |msg| message::DefinePath::Key(j, msg))
                        })
                        .collect(),
                    false,
                )
                .map(move |msg| {
                    Message::DefineDescriptor(message::DefineDescriptor::Path(
                        p_idx + 1, // add one to index to account for primary path.
                        msg,
                    ))
                }),
            )
        },
    );

    let add_recov_option = Some(Message::DefineDescriptor(
        message::DefineDescriptor::AddRecoveryPath,
    ));

    let safety_net =
        safety_net_path
            .is_none()
            .then_some(btn_add_safety_net(Some(Message::DefineDescriptor(
                message::DefineDescriptor::AddSafetyNetPath,
            ))));

    let btn_row = Row::new()
        .push(btn_add_recovery_option(add_recov_option))
        .push_maybe(safety_net)
        .spacing(10);

    let safety_net = safety_net_path.map(|(sn_index, sn_path)| {
        path(
            color::WHITE,
            Some("Safety Net:".to_string()),
            sn_path.sequence,
            sn_path.warning,
            sn_path.threshold,
            sn_path
                .keys
                .iter()
                .enumerate()
                .map(|(i, sn_key)| {
                    // Cannot delete safety net key if doing so would remove the safety net path
                    // and there are no other recovery paths.
                    let fixed = num_non_primary_paths < 2 && sn_path.keys.len() < 2;
                    if let Some(key) = sn_key {
                        defined_key(
                            &key.name,
                            color::WHITE,
                            "Safety Net key",
                            if use_taproot && !key.source.is_compatible_taproot() {
                                Some("This key source does not support Taproot")
                            } else {
                                None
                            },
                            fixed,
                        )
                    } else {
                        undefined_key(
                            color::WHITE,
                            "Safety Net key",
                            !sn_path.keys[0..i].iter().any(|k| k.is_none()),
                            fixed,
                        )
                    }
                    .map(move |msg| message::DefinePath::Key(i, msg))
                })
                .collect(),
            false,
        )
        .map(move |msg| {
            // Add 1 to index to account for primary path.
            Message::DefineDescriptor(message::DefineDescriptor::Path(sn_index + 1, msg))
        })
    });

    let last_btn_row = super::template_footer(valid, processing, false);

    layout(
        progress,
        network,
        None,
        "Set keys",
        Column::new()
            .align_x(Alignment::Start)
            .push(advanced_settings)
            .push(primary)
            .push(recovery_paths)
            .push(btn_row)
            .push_maybe(safety_net)
            .push(Space::with_height(10))
            .push(last_btn_row)
            .push(Space::with_height(super::BOTTOM_PADDING))
            .spacing(20),
        Some(Message::Previous),
    )
}

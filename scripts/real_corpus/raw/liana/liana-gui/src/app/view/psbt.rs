use std::collections::{HashMap, HashSet};

use iced::{
    widget::{column, row, tooltip, Space},
    Alignment, Length,
};

use liana::descriptors::LianaDescriptor;
use liana::{
    descriptors::{LianaPolicy, PathInfo, PathSpendInfo},
    miniscript::bitcoin::{
        bip32::Fingerprint, blockdata::transaction::TxOut, Address, Network, OutPoint, Transaction,
        Txid,
    },
};

use liana_ui::{
    component::{
        address::address as address_view,
        amount::*,
        button::{self, btn_broadcast, btn_delete, btn_export, btn_import, btn_save, btn_sign},
        card,
        collapse::Collapse,
        form,
        list::DeviceStatus,
        modal::{self, modal_view, ModalWidth},
        pill, scrollable,
        text::{self, *},
    },
    icon, theme,
    widget::*,
};

use crate::{
    app::{
        cache::Cache,
        error::Error,
        menu::Menu,
        view::{dashboard, label, message::*, warning::warn},
    },
    daemon::model::{Coin, SpendStatus, SpendTx},
    hw::HardwareWallet,
    view::hw::{device_list_entry, HwRowMode},
};

#[allow(clippy::too_many_arguments)]
pub fn psbt_view<'a>(
    cache: &'a Cache,
    tx: &'a SpendTx,
    saved: bool,
    desc_info: &'a LianaPolicy,
    key_aliases: &'a HashMap<Fingerprint, String>,
    labels_editing: &'a HashMap<String, form::Value<String>>,
    network: Network,
    currently_signing: bool,
    warning: Option<&'a Error>,
) -> Element<'a, Message> {
    let delete_msg = if currently_signing {
        None
    } else {
        Some(Message::Spend(SpendTxMessage::Delete))
    };
    dashboard(
        &Menu::PSBTs,
        cache,
        warning,
        Column::new()
            .spacing(20)
            .push(
                Row::new()
                    .align_y(Alignment::Center)
                    .spacing(10)
                    .push(Container::new(h3("PSBT")).width(Length::Fill))
                    .push_maybe(if !tx.sigs.recovery_paths().is_empty() {
                        Some(pill::recovery())
                    } else {
                        None
                    })
                    .push_maybe(match tx.status {
                        SpendStatus::Deprecated => Some(pill::deprecated()),
                        SpendStatus::Broadcast => Some(pill::unconfirmed()),
                        SpendStatus::Spent => Some(pill::spent()),
                        _ => None,
                    }),
            )
            .push(spend_header(tx, labels_editing))
            .push(spend_overview_view(
                tx,
                desc_info,
                key_aliases,
                currently_signing,
                saved,
            ))
            .push(
                Column::new()
                    .spacing(20)
                    .push(inputs_view(
                        &tx.coins,
                        &tx.psbt.unsigned_tx,
                        &tx.labels,
                        labels_editing,
                    ))
                    .push(outputs_view(
                        &tx.psbt.unsigned_tx,
                        network,
                        &tx.change_indexes,
                        &tx.labels,
                        labels_editing,
                        tx.is_single_payment().is_some(),
                        false,
                    )),
            )
            .push(if saved {
                row![btn_delete(delete_msg)].width(Length::Fill)
            } else {
                Row::new()
                    .push(Space::with_width(Length::Fill))
                    .push(btn_save(
                        (!currently_signing).then_some(Message::Spend(SpendTxMessage::Save)),
                        false,
                    ))
                    .width(Length::Fill)
            })
            .push(Space::with_height(10)),
    )
}

pub fn save_action<'a>(warning: Option<&Error>, saved: bool) -> Element<'a, Message> {
    if saved {
        card::simple(text("Transaction is saved"))
            .width(Length::Fixed(400.0))
            .align_x(iced::alignment::Horizontal::Center)
            .into()
    } else {
        card::simple(
            Column::new()
                .spacing(10)
                .push_maybe(warning.map(|w| warn(Some(w))))
                .push(text("Save this transaction"))
                .push(
                    Row::new()
                        .spacing(10)
                        .push(Space::with_width(Length::Fill))
                        .push(button::secondary(None, "Ignore").on_press(Message::Close))
                        .push(
                            button::primary(None, "Save")
                                .on_press(Message::Spend(SpendTxMessage::Confirm)),
                        ),
                ),
        )
        .width(Length::Fixed(400.0))
        .into()
    }
}

/// Return the modal view to broadcast a transaction.
///
/// `conflicting_txids` contains the IDs of any directly conflicting transactions
/// of the transaction to be broadcast.
pub fn broadcast_action<'a>(
    conflicting_txids: &HashSet<Txid>,
    warning: Option<&Error>,
    saved: bool,
) -> Element<'a, Message> {
    if saved {
        card::simple(text("Transaction is broadcast"))
            .width(Length::Fixed(400.0))
            .align_x(iced::alignment::Horizontal::Center)
            .into()
    } else {
        card::simple(
            Column::new()
                .spacing(10)
                .push_maybe(warning.map(|w| warn(Some(w))))
                .push(Container::new(h4_bold("Broadcast the transaction")).width(Length::Fill))
                .push_maybe(if conflicting_txids.is_empty() {
                    None
                } else {
                    Some(
                        conflicting_txids.iter().fold(
                            Column::new()
                                .spacing(5)
                                .push(Row::new().spacing(10).push(icon::warning_icon()).push(text(
                                    if conflicting_txids.len() > 1 {
                                        "WARNING: Broadcasting this transaction \
                                        will invalidate some pending payments."
                                    } else {
                                        "WARNING: Broadcasting this transaction \
                                        will invalidate a pending payment."
                                    },
                                )))
                                .push(Row::new().padding([0, 30]).push(text(
                                    if conflicting_txids.len() > 1 {
                                        "The following transactions are \
                                        spending one or more inputs \
                                        from the transaction to be \
                                        broadcast and will be \
                                        dropped, along with any other \
                                        transactions that depend on them:"
                                    } else {
                                        "The following transaction is \
                                        spending one or more inputs \
                                        from the transaction to be \
                                        broadcast and will be \
                                        dropped, along with any other \
                                        transactions that depend on it:"
                                    },
                                ))),
                            |col, txid| {
                                col.push(
                                    Row::new()
                                        .padding([0, 30])
                                        .spacing(5)
                                        .align_y(Alignment::Center)
                                        .push(text(txid.to_string()))
                                        .push(button::btn_copy(Some(Message::Clipboard(
                                            txid.to_string(),
                                        )))),
                                )
                            },
                        ),
                    )
                })
                .push(row![
                    Space::fill_width(),
                    btn_broadcast(Some(Message::Spend(SpendTxMessage::Confirm)))
                ]),
        )
        .width(Length::Fixed(if conflicting_txids.is_empty() {
            400.0
        } else {
            800.0
        }))
        .into()
    }
}

pub fn delete_action<'a>(warning: Option<&Error>, deleted: bool) -> Element<'a, Message> {
    if deleted {
        card::simple(
            Column::new()
                .spacing(20)
                .align_x(Alignment::Center)
                .push(text("Successfully deleted this transaction."))
                .push(button::secondary(None, "Go back to PSBTs").on_press(Message::Close)),
        )
        .align_x(iced::alignment::Horizontal::Center)
        .width(Length::Fixed(400.0))
        .into()
    } else {
        card::simple(
            Column::new()
                .spacing(10)
                .push_maybe(warning.map(|w| warn(Some(w))))
                .push(text("Delete this PSBT"))
                .push(
                    Row::new()
                        .push(Column::new().width(Length::Fill))
                        .push(
                            button::transparent(None, "Cancel")
                                .on_press(Message::Spend(SpendTxMessage::Cancel)),
                        )
                        .push(
                            button::alert(None, "Delete")
                                .on_press(Message::Spend(SpendTxMessage::Confirm)),
                        ),
                ),
        )
        .width(Length::Fixed(400.0))
        .into()
    }
}

pub fn spend_header<'a>(
    tx: &'a SpendTx,
    labels_editing: &'a HashMap<String, form::Value<String>>,
) -> Element<'a, Message> {
    let txid = tx.psbt.unsigned_tx.compute_txid().to_string();
    Column::new()
        .spacing(20)
        .push(if let Some(outpoint) = tx.is_single_payment() {
            let outpoint = outpoint.to_string();
            if let Some(label) = labels_editing.get(&outpoint) {
                label::label_editing(vec![outpoint.clone(), txid.clone()], label, H3_SIZE)
            } else {
                label::label_editable(
                    vec![outpoint.clone(), txid.clone()],
                    tx.labels.get(&outpoint),
                    H3_SIZE,
                )
            }
        } else if let Some(label) = labels_editing.get(&txid) {
            label::label_editing(vec![txid.clone()], label, H3_SIZE)
        } else {
            label::label_editable(vec![txid.clone()], tx.labels.get(&txid), H3_SIZE)
        })
        .push(
            Column::new()
                .push(if tx.is_send_to_self() {
                    Container::new(h1("Self-transfer"))
                } else {
                    Container::new(amount_with_font(&tx.spend_amount, H1_SPEC))
                })
                .push(
                    Row::new()
                        .align_y(Alignment::Center)
                        .push(h3("Miner fee: ").style(theme::text::secondary))
                        .push_maybe(if tx.fee_amount.is_none() {
                            Some(text("Missing information about transaction inputs"))
                        } else {
                            None
                        })
                        .push_maybe(tx.fee_amount.map(|fee| amount_with_font(&fee, H3_SPEC)))
                        .push(text(" ").size(H3_SIZE))
                        .push_maybe(tx.min_feerate_vb().map(|rate| {
                            text(format!("(~{} sats/vbyte)", &rate))
                                .size(H4_SIZE)
                                .style(theme::text::secondary)
                        })),
                ),
        )
        .into()
}

pub fn spend_overview_view<'a>(
    tx: &'a SpendTx,
    desc_info: &'a LianaPolicy,
    key_aliases: &'a HashMap<Fingerprint, String>,
    currently_signing: bool,
    saved: bool,
) -> Element<'a, Message> {
    let enabled = saved && !currently_signing;
    let export_msg = enabled.then_some(Message::ExportPsbt);
    let export_button = btn_export(export_msg);

    let import_msg = enabled.then_some(Message::ImportPsbt);
    let import_button = btn_import(import_msg);

    Column::new()
        .spacing(20)
        .push(
            Container::new(
                Column::new()
                    .push(
                        Column::new()
                            .padding(15)
                            .spacing(10)
                            .push(
                                Row::new()
                                    .align_y(Alignment::Center)
                                    .push(text("PSBT").bold().width(Length::Fill))
                                    .push(
                                        Row::new()
                                            .spacing(5)
                                            .push(if saved {
                                                Container::new(export_button)
                                            } else {
                                                Container::new(tooltip::Tooltip::new(
                                                    export_button,
                                                    Container::new(p1_regular("Sign or save the transaction first to enable export"))
                                                        .style(theme::card::simple).padding(10),
                                                    tooltip::Position::Top,
                                                ))
                                            })
                                            .push(import_button),
                                    )
                                    .align_y(Alignment::Center),
                            )
                            .push(
                                Row::new()
                                    .push(p1_bold("Tx ID").width(Length::Fill))
                                    .push(
                                        p2_regular(tx.psbt.unsigned_tx.compute_txid().to_string())
                                            .style(theme::text::secondary),
                                    )
                                    .push(
                                        button::btn_copy(Some(Message::Clipboard(
                                            tx.psbt.unsigned_tx.compute_txid().to_string(),
                                        ))),
                                    )
                                    .align_y(Alignment::Center),
                            ),
                    )
                    .push(signatures(tx, desc_info, key_aliases))
                    .push(Space::with_height(5))
            )
            .style(theme::card::simple),
        )
        .push_maybe(if tx.status == SpendStatus::Pending {
            Some(
                Row::new()
                    .push(Space::with_width(Length::Fill))
                    .push_maybe(if tx.path_ready().is_none() {
                        Some(
                            btn_sign(Some(Message::Spend(SpendTxMessage::Sign))),
                        )
                    } else {
                        Some(
                            btn_broadcast(Some(Message::Spend(SpendTxMessage::Broadcast))),
                        )
                    })
                    .align_y(Alignment::Center)
                    .spacing(20),
            )
        } else {
            None
        })
        .into()
}

pub fn signatures<'a>(
    tx: &'a SpendTx,
    desc_info: &'a LianaPolicy,
    keys_aliases: &'a HashMap<Fingerprint, String>,
) -> Element<'a, Message> {
    Column::new()
        .push(if let Some(sigs) = tx.path_ready() {
            Container::new(scrollable::horizontal_thin(
                Row::new()
                    .spacing(5)
                    .align_y(Alignment::Center)
                    .spacing(10)
                    .push(p1_bold("Status"))
                    .push(icon::circle_check_icon().style(theme::text::success))
                    .push(text("Ready").bold().style(theme::text::success))
                    .push(text("  signed by"))
                    .push(
                        sigs.signed_pubkeys
                            .keys()
                            .fold(Row::new().spacing(5), |row, value| {
                                row.push(pill::fingerprint(
                                    value.to_string(),
                                    keys_aliases.get(value).map(String::as_str),
                                ))
                            }),
                    ),
            ))
            .padding(15)
        } else {
            Container::new(
                Collapse::new(
                    Row::new()
                        .align_y(Alignment::Center)
                        .spacing(20)
                        .push(p1_bold("Status"))
                        .push(
                            Row::new()
                                .spacing(5)
                                .align_y(Alignment::Center)
                                .push(icon::circle_cross_icon().style(theme::text::error))
                                .push(text("Not ready").style(theme::text::error))
                                .width(Length::Fill),
                        )
                        .push(icon::collapse_icon()),
                    Row::new()
                        .align_y(Alignment::Center)
                        .spacing(20)
                        .push(p1_bold("Status"))
                        .push(
                            Row::new()
                                .spacing(5)
                                .align_y(Alignment::Center)
                                .push(icon::circle_cross_icon().style(theme::text::error))
                                .push(text("Not ready").style(theme::text::error))
                                .width(Length::Fill),
                        )
                        .push(icon::collapsed_icon()),
                    Column::new()
                        .padding(15)
                        .spacing(10)
                        .push(text("Finalizing this transaction requires:"))
                        .push_maybe(if tx.sigs.recovery_paths().is_empty() {
                            Some(path_view(
                                desc_info.primary_path(),
                                tx.sigs.primary_path(),
                                keys_aliases,
                            ))
                        } else {
                            tx.sigs.recovery_paths().iter().last().map(|(seq, path)| {
                                let keys = &desc_info.recovery_paths()[seq];
                                path_view(keys, path, keys_aliases)
                            })
                        }),
                )
                .padding(15),
            )
        })
        .into()
}

// Display a fingerprint first by its alias if there is any, or in hex otherwise.
fn container_from_fg(
    fg: Fingerprint,
    aliases: &HashMap<Fingerprint, String>,
) -> Container<'_, Message> {
    pill::fingerprint(fg.to_string(), aliases.get(&fg).map(String::as_str))
}

pub fn path_view<'a>(
    path: &'a PathInfo,
    sigs: &'a PathSpendInfo,
    key_aliases: &'a HashMap<Fingerprint, String>,
) -> Element<'a, Message> {
    // We get a sorted list of all the fingerprints (which correspond to a signer) from this
    // spending path, and from it get an iterator on those of these fingerprints for which a
    // signature was provided in the PSBT, and those for which there isn't any.
    let mut all_fgs: Vec<Fingerprint> = path.thresh_origins().1.into_keys().collect();
    all_fgs.sort();
    let signed_fgs = sigs.signed_pubkeys.keys();
    let non_signed_fgs = all_fgs
        .into_iter()
        .filter(|fg| !sigs.signed_pubkeys.contains_key(fg));
    let missing_signatures = sigs.threshold.saturating_sub(sigs.sigs_count);

    // From these iterators, create the appropriate rows to be displayed.
    let row_unsigned = non_signed_fgs.into_iter().fold(None, |row, fg| {
        Some(
            row.unwrap_or_else(|| Row::new().spacing(5))
                .push(container_from_fg(fg, key_aliases)),
        )
    });
    let row_signed = signed_fgs
        .into_iter()
        .fold(Row::new().spacing(5), |row, fg| {
            row.push(container_from_fg(*fg, key_aliases))
        });

    scrollable::horizontal_thin(
        Row::new()
            .align_y(Alignment::Center)
            .push(
                Row::new()
                    .push(if missing_signatures == 0 {
                        icon::circle_check_icon().style(theme::text::success)
                    } else {
                        icon::circle_cross_icon().style(theme::text::secondary)
                    })
                    .push(Space::with_width(Length::Fixed(20.0))),
            )
            .push(
                p1_regular(format!(
                    "{} more signature{}",
                    missing_signatures,
                    if missing_signatures > 1 {
                        "s from "
                    } else if missing_signatures == 0 {
                        ""
                    } else {
                        " from "
                    }
                ))
                .style(theme::text::secondary),
            )
            .push_maybe(row_unsigned)
            .push_maybe(
                (!sigs.signed_pubkeys.is_empty())
                    .then_some(p1_regular(", already signed by ").style(theme::text::secondary)),
            )
            .push(row_signed),
    )
    .into()
}

pub fn inputs_view<'a>(
    coins: &'a HashMap<OutPoint, Coin>,
    tx: &'a Transaction,
    labels: &'a HashMap<String, String>,
    labels_editing: &'a HashMap<String, form::Value<String>>,
) -> Element<'a, Message> {
    Container::new(
        Collapse::new(
            Row::new()
                .align_y(Alignment::Center)
                .push(
                    h4_bold(format!(
                        "{} coin{} spent",
                        tx.input.len(),
                        if tx.input.len() == 1 { "" } else { "s" }
                    ))
                    .width(Length::Fill),
                )
                .push(icon::collapse_icon()),
            Row::new()
                .align_y(Alignment::Center)
                .push(
                    h4_bold(format!(
                        "{} coin{} spent",
                        tx.input.len(),
                        if tx.input.len() == 1 { "" } else { "s" }
                    ))
                    .width(Length::Fill),
                )
                .push(icon::collapsed_icon()),
            tx.input.iter().fold(
                Column::new().spacing(10).padding(20),
                |col: Column<'a, Message>, input| {
                    col.push(input_view(
                        &input.previous_output,
                        coins.get(&input.previous_output),
                        labels,
                        labels_editing,
                    ))
                },
            ),
        )
        .padding(20),
    )
    .style(theme::card::button_simple)
    .into()
}

pub fn outputs_view<'a>(
    tx: &'a Transaction,
    network: Network,
    change_indexes: &'a [usize],
    labels: &'a HashMap<String, String>,
    labels_editing: &'a HashMap<String, form::Value<String>>,
    is_single_payment: bool,
    is_external: bool,
) -> Element<'a, Message> {
    Column::new()
        .spacing(20)
        .push({
            let count = tx
                .output
                .iter()
                .enumerate()
                .filter(|(i, _)| is_external || !change_indexes.contains(i))
                .count();
            if count > 0 {
                Container::new(
                    Collapse::new(
                        Row::new()
                            .align_y(Alignment::Center)
                            .push(
                                h4_bold(format!(
                                    "{} payment{}",
                                    count,
                                    if count == 1 { "" } else { "s" }
                                ))
                                .width(Length::Fill),
                            )
                            .push(icon::collapse_icon()),
                        Row::new()
                            .align_y(Alignment::Center)
                            .push(
                                h4_bold(format!(
                                    "{} payment{}",
                                    count,
                                    if count == 1 { "" } else { "s" }
                                ))
                                .width(Length::Fill),
                            )
                            .push(icon::collapsed_icon()),
                        tx.output
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| is_external || !change_indexes.contains(i))
                            .fold(
                                Column::new().padding(20),
                                |col: Column<'a, Message>, (i, output)| {
                                    col.spacing(10).push(payment_view(
                                        i,
                                        tx.compute_txid(),
                                        output,
                                        network,
                                        labels,
                                        labels_editing,
                                        is_single_payment,
                                        !is_external || change_indexes.contains(&i),
                                    ))
                                },
                            ),
                    )
                    .padding(20),
                )
            } else {
                Container::new(h4_bold("0 payment").style(|t| {
                    theme::text::custom(t.colors.buttons.transparent_border.active.text)
                }))
                .padding(20)
                .width(Length::Fill)
            }
            .style(theme::card::button_simple)
        })
        .push_maybe(if !is_external && !change_indexes.is_empty() {
            Some(
                Container::new(
                    Collapse::new(
                        Row::new()
                            .align_y(Alignment::Center)
                            .push(h4_bold("Change").width(Length::Fill))
                            .push(icon::collapse_icon()),
                        Row::new()
                            .align_y(Alignment::Center)
                            .push(h4_bold("Change").width(Length::Fill))
                            .push(icon::collapsed_icon()),
                        tx.output
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| change_indexes.contains(i))
                            .fold(
                                Column::new().padding(20),
                                |col: Column<'a, Message>, (_, output)| {
                                    col.spacing(10).push(change_view(output, network))
                                },
                            ),
                    )
                    .padding(20),
                )
                .style(theme::card::button_simple),
            )
        } else {
            None
        })
        .into()
}

fn input_view<'a>(
    outpoint: &'a OutPoint,
    coin: Option<&'a Coin>,
    labels: &'a HashMap<String, String>,
    labels_editing: &'a HashMap<String, form::Value<String>>,
) -> Element<'a, Message> {
    let outpoint = outpoint.to_string();
    Column::new()
        .width(Length::Fill)
        .push(
            Row::new()
                .spacing(5)
                .align_y(Alignment::Center)
                .push(
                    Container::new(if let Some(label) = labels_editing.get(&outpoint) {
                        label::label_editing(vec![outpoint.clone()], label, text::P1_SIZE)
                    } else {
                        label::label_editable(
                            vec![outpoint.clone()],
                            labels.get(&outpoint),
                            text::P1_SIZE,
                        )
                    })
                    .width(Length::Fill),
                )
                .push_maybe(coin.map(|c| amount(&c.amount))),
        )
        .push(
            Column::new()
                .push(
                    Row::new()
                        .align_y(Alignment::Center)
                        .spacing(5)
                        .push(p1_bold("Outpoint:").style(theme::text::secondary))
                        .push(p2_regular(outpoint.clone()).style(theme::text::secondary))
                        .push(button::btn_copy(Some(Message::Clipboard(outpoint.clone())))),
                )
                .push_maybe(coin.map(|c| {
                    let addr = c.address.to_string();
                    Row::new()
                        .align_y(Alignment::Center)
                        .width(Length::Fill)
                        .push(
                            Row::new()
                                .align_y(Alignment::Center)
                                .width(Length::Fill)
                                .spacing(5)
                                .push(p1_bold("Address:").style(theme::text::secondary))
                                .push(address_view(addr.clone()))
                                .push(button::btn_copy(Some(Message::Clipboard(addr)))),
                        )
                }))
                .push_maybe(coin.and_then(|c| {
                    labels.get(&c.address.to_string()).map(|label| {
                        Row::new()
                            .align_y(Alignment::Center)
                            .width(Length::Fill)
                            .push(
                                Row::new()
                                    .align_y(Alignment::Center)
                                    .width(Length::Fill)
                                    .spacing(5)
                                    .push(p1_bold("Address label:").style(theme::text::secondary))
                                    .push(p2_regular(label).style(theme::text::secondary)),
                            )
                    })
                })),
        )
        .spacing(5)
        .into()
}

#[allow(clippy::too_many_arguments)]
fn payment_view<'a>(
    i: usize,
    txid: Txid,
    output: &'a TxOut,
    network: Network,
    labels: &'a HashMap<String, String>,
    labels_editing: &'a HashMap<String, form::Value<String>>,
    is_single: bool,
    is_editable: bool,
) -> Element<'a, Message> {
    let addr = Address::from_script(&output.script_pubkey, network)
        .ok()
        .map(|a| a.to_string());
    let outpoint = OutPoint {
        txid,
        vout: i as u32,
    }
    .to_string();
    // if the payment is single in the transaction, then the label of the txid
    // is attached to the label of the payment.
    let change_labels = if is_single {
        vec![outpoint.clone(), txid.to_string()]
    } else {
        vec![outpoint.clone()]
    };

    let label_widget = if is_editable {
        if let Some(label) = labels_editing.get(&outpoint) {
            label::label_editing(change_labels, label, text::P1_SIZE)
        } else {
            label::label_editable(change_labels, labels.get(&outpoint), text::P1_SIZE)
        }
    } else {
        label::label_non_editable(change_labels, None, text::P1_SIZE)
    };

    Column::new()
        .width(Length::Fill)
        .spacing(5)
        .push(
            Row::new()
                .spacing(5)
                .align_y(Alignment::Center)
                .push(Container::new(label_widget).width(Length::Fill))
                .push(amount(&output.value)),
        )
        .push_maybe(addr.map(|addr| {
            Column::new()
                .push(
                    Row::new()
                        .align_y(Alignment::Center)
                        .width(Length::Fill)
                        .push(
                            Row::new()
                                .align_y(Alignment::Center)
                                .width(Length::Fill)
                                .spacing(5)
                                .push(p1_bold("Address:").style(theme::text::secondary))
                                .push(address_view(addr.clone()))
                                .push(button::btn_copy(Some(Message::Clipboard(addr.clone())))),
                        ),
                )
                .push_maybe(labels.get(&addr).map(|label| {
                    Row::new()
                        .align_y(Alignment::Center)
                        .width(Length::Fill)
                        .push(
                            Row::new()
                                .align_y(Alignment::Center)
                                .width(Length::Fill)
                                .spacing(5)
                                .push(p1_bold("Address label:").style(theme::text::secondary))
                                .push(p2_regular(label).style(theme::text::secondary)),
                        )
                }))
        }))
        .into()
}

fn change_view(output: &TxOut, network: Network) -> Element<'_, Message> {
    let addr = Address::from_script(&output.script_pubkey, network)
        .unwrap()
        .to_string();
    Column::new()
        .width(Length::Fill)
        .spacing(5)
        .push(
            Row::new()
                .push(Space::with_width(Length::Fill))
                .push(amount(&output.value)),
        )
        .push(
            Row::new()
                .align_y(Alignment::Center)
                .width(Length::Fill)
                .push(
                    Row::new()
                        .align_y(Alignment::Center)
                        .width(Length::Fill)
                        .spacing(5)
                        .push(p1_bold("Address:").style(theme::text::secondary))
                        .push(address_view(addr.clone()))
                        .push(button::btn_copy(Some(Message::Clipboard(addr)))),
                ),
        )
        .into()
}

#[allow(clippy::too_many_arguments)]
pub fn sign_action<'a>(
    warning: Option<&Error>,
    hws: &'a [HardwareWallet],
    descriptor: &LianaDescriptor,
    signer: Option<Fingerprint>,
    signer_alias: Option<&'a String>,
    signed: &HashSet<Fingerprint>,
    signing: &HashSet<Fingerprint>,
    recovery_timelock: Option<u16>,
) -> Element<'a, Message> {
    let title = "Select signing device to sign with:".to_string();

    let mut signers = vec![];
    if hws.is_empty() {
        signers.push(modal::modal_no_devices_placeholder());
    } else {
        hws.iter().enumerate().for_each(|(i, hw)| {
            let (signed, signing, can_sign) = hw.fingerprint().map_or((false, false, false), |f| {
                (
                    signed.contains(&f),
                    signing.contains(&f),
                    descriptor.contains_fingerprint_in_path(f, recovery_timelock),
                )
            });
            signers.push(device_list_entry(
                hw,
                HwRowMode::Signing {
                    signed,
                    signing,
                    can_sign,
                },
                move || Message::SelectHardwareWallet(i),
            ))
        });
    }

    if let Some(hot_signer) = signer.map(|fingerprint| {
        let can_sign = descriptor.contains_fingerprint_in_path(fingerprint, recovery_timelock);
        let select_msg = can_sign.then_some(Message::Spend(SpendTxMessage::SelectHotSigner));
        let fp = Some(format!("#{fingerprint}"));
        let alias = signer_alias;
        if signed.contains(&fingerprint) {
            modal::device_entry(fp, None::<&str>, alias, DeviceStatus::Signed, None)
        } else if !can_sign {
            modal::device_entry(fp, None::<&str>, alias, DeviceStatus::NotInPath, None)
        } else {
            modal::device_entry(fp, None::<&str>, alias, DeviceStatus::None, select_msg)
        }
    }) {
        signers.push(hot_signer);
    }

    let modal_content = Column::from_vec(signers)
        .align_x(Alignment::Center)
        .spacing(10)
        .width(Length::Fill);

    let width = ModalWidth::L;
    let content = modal_view(Some(title), None, None, width, modal_content);

    let width = width as u32 + 50;
    let warning = warning.map(|w| warn(Some(w)));
    column![warning, content].spacing(10).width(width).into()
}

pub fn sign_action_toasts<'a>(
    error: Option<&Error>,
    hws: &'a [HardwareWallet],
    signing: &HashSet<Fingerprint>,
) -> Vec<Element<'a, Message>> {
    let mut vec: Vec<Element<'a, Message>> = hws
        .iter()
        .filter_map(|hw| {
            if let HardwareWallet::Supported {
                kind,
                fingerprint,
                version,
                alias,
                ..
            } = &hw
            {
                if signing.contains(fingerprint) {
                    Some(
                        liana_ui::component::notification::processing_hardware_wallet(
                            kind,
                            version.as_ref(),
                            fingerprint,
                            alias.as_ref().map(|x| x.as_str()),
                        )
                        .max_width(400.0)
                        .into(),
                    )
                } else {
                    None
                }
            } else {
                None
            }
        })
        .collect();
    if let Some(e) = error {
        vec.push(
            liana_ui::component::notification::processing_hardware_wallet_error(
                "Device failed to sign".to_string(),
                e.to_string(),
            )
            .max_width(400.0)
            .into(),
        )
    }

    vec
}

pub fn update_spend_success_view<'a>() -> Element<'a, Message> {
    Column::new()
        .push(
            card::simple(Container::new(
                text("Spend transaction is updated").style(theme::text::secondary),
            ))
            .padding(50),
        )
        .width(Length::Fixed(400.0))
        .align_x(Alignment::Center)
        .into()
}

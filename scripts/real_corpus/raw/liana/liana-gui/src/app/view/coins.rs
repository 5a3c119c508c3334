use std::collections::HashMap;

use iced::{widget::Space, Alignment, Length};

use liana_ui::{
    component::{address::address as address_view, amount::*, badge, button, form, pill, text::*},
    icon, theme,
    widget::*,
};

use crate::{
    app::{
        cache::Cache,
        menu::Menu,
        view::{label, message::Message},
    },
    daemon::model::{remaining_sequence, Coin},
};

pub fn coins_view<'a>(
    cache: &Cache,
    coins: &'a [Coin],
    timelock: u16,
    selected: &[usize],
    labels: &'a HashMap<String, String>,
    labels_editing: &'a HashMap<String, form::Value<String>>,
) -> Element<'a, Message> {
    Column::new()
        .push(Container::new(panel_title(Menu::Coins.title())).width(Length::Fill))
        .push(
            Column::new()
                .spacing(10)
                .push(coins.iter().enumerate().fold(
                    Column::new().spacing(10),
                    |col, (i, coin)| {
                        col.push(coin_list_view(
                            coin,
                            timelock,
                            cache.blockheight() as u32,
                            i,
                            selected.contains(&i),
                            labels,
                            labels_editing,
                        ))
                    },
                )),
        )
        .align_x(Alignment::Center)
        .spacing(30)
        .into()
}

#[allow(clippy::collapsible_else_if)]
fn coin_list_view<'a>(
    coin: &'a Coin,
    timelock: u16,
    blockheight: u32,
    index: usize,
    collapsed: bool,
    labels: &'a HashMap<String, String>,
    labels_editing: &'a HashMap<String, form::Value<String>>,
) -> Container<'a, Message> {
    let outpoint = coin.outpoint.to_string();
    let address = coin.address.to_string();
    let txid = coin.outpoint.txid.to_string();
    let seq = remaining_sequence(coin, blockheight, timelock);
    Container::new(
        Column::new()
            .push(
                Button::new(
                    Row::new()
                        .push(
                            Row::new()
                                .push(badge::coin())
                                .push(if !collapsed {
                                    if let Some(label) = labels.get(&outpoint) {
                                        if !label.is_empty() {
                                            Container::new(p1_regular(label)).width(Length::Fill)
                                        } else if let Some(label) = labels.get(&txid) {
                                            Container::new(
                                                Row::new()
                                                    .spacing(5)
                                                    .push(
                                                        // It is not possible to know if a coin is a
                                                        // change coin or not so for now, From is
                                                        // enough
                                                        p1_regular("From")
                                                            .style(theme::text::secondary),
                                                    )
                                                    .push(p1_regular(label)),
                                            )
                                            .width(Length::Fill)
                                        } else {
                                            Container::new(Space::with_width(Length::Fill))
                                                .width(Length::Fill)
                                        }
                                    } else if let Some(label) = labels.get(&txid) {
                                        Container::new(
                                            Row::new()
                                                .spacing(5)
                                                .push(
                                                    // It is not possible to know if a coin is a
                                                    // change coin or not so for now, From is
                                                    // enough
                                                    p1_regular("From")
                                                        .style(theme::text::secondary),
                                                )
                                                .push(p1_regular(label)),
                                        )
                                        .width(Length::Fill)
                                    } else {
                                        Container::new(Space::with_width(Length::Fill))
                                            .width(Length::Fill)
                                    }
                                } else {
                                    Container::new(Space::with_width(Length::Fill))
                                        .width(Length::Fill)
                                })
                                .push(if coin.spend_info.is_some() {
                                    pill::spent()
                                } else if coin.block_height.is_none() {
                                    pill::unconfirmed()
                                } else {
                                    pill::coin_sequence(seq)
                                })
                                .spacing(10)
                                .align_y(Alignment::Center)
                                .width(Length::Fill),
                        )
                        .push(amount(&coin.amount))
                        .align_y(Alignment::Center)
                        .spacing(20),
                )
                .style(theme::button::transparent_border)
                .padding(10)
                .on_press(Message::Select(index)),
            )
            .push_maybe(if collapsed {
                Some(
                    Column::new()
                        .padding(10)
                        .spacing(5)
                        .push(
                            Container::new(if let Some(label) = labels_editing.get(&outpoint) {
                                label::label_editing(vec![outpoint.clone()], label, P1_SIZE)
                            } else {
                                label::label_editable(
                                    vec![outpoint.clone()],
                                    labels.get(&outpoint),
                                    P1_SIZE,
                                )
                            })
                            .width(Length::Fill),
                        )
                        .push_maybe(if coin.spend_info.is_none() {
                            if let Some(b) = coin.block_height {
                                if blockheight > b as u32 + timelock as u32 {
                                    Some(Container::new(
                                        p1_bold("One or more recovery paths are available")
                                            .style(theme::text::error),
                                    ))
                                } else {
                                    Some(Container::new(p1_bold(format!(
                                        "First recovery path will be available in {} blocks",
                                        b as u32 + timelock as u32 - blockheight
                                    ))))
                                }
                            } else {
                                None
                            }
                        } else {
                            None
                        })
                        .push(
                            Column::new()
                                .push(
                                    Row::new()
                                        .align_y(Alignment::Center)
                                        .push(
                                            p2_regular("Address label:")
                                                .bold()
                                                .style(theme::text::secondary),
                                        )
                                        .push(if let Some(label) = labels.get(&address) {
                                            p2_regular(label).style(theme::text::secondary)
                                        } else {
                                            p2_regular("No label").style(theme::text::secondary)
                                        })
                                        .spacing(5),
                                )
                                .push(
                                    Row::new()
                                        .align_y(Alignment::Center)
                                        .push(
                                            p2_regular("Address:")
                                                .bold()
                                                .style(theme::text::secondary),
                                        )
                                        .push(
                                            Row::new()
                                                .align_y(Alignment::Center)
                                                .push(address_view(address.clone()))
                                                .push(button::btn_copy(Some(Message::Clipboard(
                                                    address.clone(),
                                                )))),
                                        )
                                        .spacing(5),
                                )
                                .push(
                                    Row::new()
                                        .align_y(Alignment::Center)
                                        .push(
                                            p2_regular("Deposit transaction label:")
                                                .bold()
                                                .style(theme::text::secondary),
                                        )
                                        .push(if let Some(label) = labels.get(&txid) {
                                            p2_regular(label).style(theme::text::secondary)
                                        } else {
                                            p2_regular("No label").style(theme::text::secondary)
                                        })
                                        .spacing(5),
                                )
                                .push(
                                    Row::new()
                                        .align_y(Alignment::Center)
                                        .push(
                                            p2_regular("Outpoint:")
                                                .bold()
                                                .style(theme::text::secondary),
                                        )
                                        .push(
                                            Row::new()
                                                .align_y(Alignment::Center)
                                                .push(
                                                    p2_regular(format!("{}", coin.outpoint))
                                                        .style(theme::text::secondary),
                                                )
                                                .push(button::btn_copy(Some(Message::Clipboard(
                                                    coin.outpoint.to_string(),
                                                )))),
                                        )
                                        .spacing(5),
                                )
                                .push_maybe(coin.block_height.map(|b| {
                                    Row::new()
                                        .push(
                                            p2_regular("Block height:")
                                                .bold()
                                                .style(theme::text::secondary),
                                        )
                                        .push(
                                            p2_regular(format!("{b}"))
                                                .style(theme::text::secondary),
                                        )
                                        .spacing(5)
                                })),
                        )
                        .push(if let Some(info) = coin.spend_info {
                            Column::new()
                                .push(
                                    Row::new()
                                        .push(
                                            p2_regular("Spend txid:")
                                                .bold()
                                                .style(theme::text::secondary),
                                        )
                                        .push(p2_regular(format!("{}", info.txid)))
                                        .spacing(5),
                                )
                                .push(if let Some(height) = info.height {
                                    Row::new()
                                        .push(
                                            p2_regular("Spend block height:")
                                                .bold()
                                                .style(theme::text::secondary),
                                        )
                                        .push(p2_regular(format!("{height}")))
                                        .spacing(5)
                                } else {
                                    Row::new().push(
                                        p2_regular("Not in a block")
                                            .bold()
                                            .style(theme::text::secondary),
                                    )
                                })
                                .spacing(5)
                        } else {
                            Column::new().push(
                                Row::new().push(Space::with_width(Length::Fill)).push({
                                    let (icon, label) =
                                        (Some(icon::arrow_repeat()), "Refresh coin");
                                    let refresh_btn = if seq == 0 {
                                        button::primary(icon, label)
                                    } else {
                                        button::secondary(icon, label)
                                    };
                                    refresh_btn.on_press(Message::Menu(Menu::RefreshCoins(vec![
                                        coin.outpoint,
                                    ])))
                                }),
                            )
                        }),
                )
            } else {
                None
            }),
    )
    .style(theme::card::button_simple)
}

/// returns y,m,d
pub fn expire_message_units(sequence: u32) -> Vec<String> {
    let mut n_minutes = sequence * 10;
    let n_years = n_minutes / 525960;
    n_minutes -= n_years * 525960;
    let n_months = n_minutes / 43830;
    n_minutes -= n_months * 43830;
    let n_days = n_minutes / 1440;

    #[allow(clippy::nonminimal_bool)]
    if n_years != 0 || n_months != 0 || n_days != 0 {
        [(n_years, "year"), (n_months, "month"), (n_days, "day")]
            .iter()
            .filter_map(|(n, u)| {
                if *n != 0 {
                    Some(format!("{} {}{}", n, u, if *n > 1 { "s" } else { "" }))
                } else {
                    None
                }
            })
            .collect()
    } else {
        n_minutes -= n_days * 1440;
        let n_hours = n_minutes / 60;
        n_minutes -= n_hours * 60;
        [(n_hours, "hour"), (n_minutes, "minute")]
            .iter()
            .filter_map(|(n, u)| {
                if *n != 0 {
                    Some(format!("{} {}{}", n, u, if *n > 1 { "s" } else { "" }))
                } else {
                    None
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn test_expire_message_units() {
        let testcases = [
            (61, vec!["10 hours".to_string(), "10 minutes".to_string()]),
            (1112, vec!["7 days".to_string()]),
            (52600, vec!["1 year".to_string()]),
        ];

        for (seq, result) in testcases {
            assert_eq!(expire_message_units(seq), result);
        }
    }
}

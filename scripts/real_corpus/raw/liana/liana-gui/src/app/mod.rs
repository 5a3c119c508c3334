#![allow(clippy::result_large_err)]

pub mod cache;
pub mod config;
pub mod menu;
pub mod message;
pub mod settings;
pub mod state;
pub mod view;
pub mod wallet;

mod error;

use std::fs::OpenOptions;
use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use iced::{clipboard, Subscription, Task};
use tokio::runtime::Handle;
use tracing::{error, info, warn};

pub use liana::miniscript::bitcoin;
use liana_ui::{
    component::network_banner,
    widget::{Column, Element},
};
pub use lianad::{commands::CoinStatus, config::Config as DaemonConfig};

pub use config::Config;
pub use message::Message;

use state::{
    CoinsPanel, CreateSpendPanel, Home, PsbtsPanel, ReceivePanel, State, TransactionsPanel,
};
use wallet::{sync_status, SyncStatus};

use crate::{
    app::{
        cache::{Cache, DaemonCache},
        error::Error,
        menu::Menu,
        message::FiatMessage,
        settings::{LianaSettings, SettingsTrait, SettingsUI, WalletId},
        wallet::Wallet,
    },
    daemon::{embedded::EmbeddedDaemon, Daemon, DaemonBackend, DaemonError},
    dir::LianaDirectory,
    node::{bitcoind::Bitcoind, NodeType},
};

struct Panels<S: SettingsTrait> {
    current: Menu,
    home: Home,
    coins: CoinsPanel,
    transactions: TransactionsPanel,
    psbts: PsbtsPanel,
    recovery: CreateSpendPanel,
    receive: ReceivePanel,
    create_spend: CreateSpendPanel,
    settings: S::UI,
}

impl<S: SettingsTrait> Panels<S> {
    #[allow(clippy::too_many_arguments)]
    fn new(
        cache: &Cache,
        wallet: Arc<Wallet>,
        daemon: Arc<dyn Daemon + Sync + Send>,
        data_dir: LianaDirectory,
        daemon_backend: DaemonBackend,
        internal_bitcoind: Option<&Bitcoind>,
        config: Arc<Config>,
        restored_from_backup: bool,
    ) -> (Panels<S>, Task<S::Message>) {
        let show_rescan_warning = restored_from_backup
            && daemon_backend.is_lianad()
            && daemon_backend
                .node_type()
                .map(|nt| nt == NodeType::Bitcoind)
                // We don't know the node type for external lianad so assume it's bitcoind.
                .unwrap_or(true);

        let (settings_ui, settings_task) = S::UI::new(
            data_dir.clone(),
            wallet.clone(),
            daemon,
            daemon_backend.clone(),
            internal_bitcoind.is_some(),
            config.clone(),
        );

        let panels = Self {
            current: Menu::Home,
            home: Home::new(
                wallet.clone(),
                cache.coins(),
                sync_status(
                    daemon_backend,
                    cache.blockheight(),
                    cache.sync_progress(),
                    cache.last_poll_timestamp(),
                    cache.last_poll_at_startup,
                ),
                cache.blockheight(),
                show_rescan_warning,
            ),
            coins: CoinsPanel::new(cache.coins(), wallet.main_descriptor.first_timelock_value()),
            transactions: TransactionsPanel::new(wallet.clone()),
            psbts: PsbtsPanel::new(wallet.clone()),
            recovery: new_recovery_panel(wallet.clone(), cache),
            receive: ReceivePanel::new(data_dir, wallet.clone()),
            create_spend: CreateSpendPanel::new(
                wallet.clone(),
                cache.coins(),
                cache.blockheight() as u32,
                cache.network,
            ),
            settings: settings_ui,
        };

        (panels, settings_task)
    }

    fn current(&self) -> &dyn State {
        match self.current {
            Menu::Home => &self.home,
            Menu::Receive => &self.receive,
            Menu::PSBTs => &self.psbts,
            Menu::Transactions => &self.transactions,
            Menu::TransactionPreSelected(_) => &self.transactions,
            Menu::Settings | Menu::SettingsPreSelected(_) => &self.settings,
            Menu::Coins => &self.coins,
            Menu::CreateSpendTx => &self.create_spend,
            Menu::Recovery => &self.recovery,
            Menu::RefreshCoins(_) => &self.create_spend,
            Menu::PsbtPreSelected(_) => &self.psbts,
        }
    }

    fn current_mut(&mut self) -> &mut dyn State {
        match self.current {
            Menu::Home => &mut self.home,
            Menu::Receive => &mut self.receive,
            Menu::PSBTs => &mut self.psbts,
            Menu::Transactions => &mut self.transactions,
            Menu::TransactionPreSelected(_) => &mut self.transactions,
            Menu::Settings | Menu::SettingsPreSelected(_) => &mut self.settings,
            Menu::Coins => &mut self.coins,
            Menu::CreateSpendTx => &mut self.create_spend,
            Menu::Recovery => &mut self.recovery,
            Menu::RefreshCoins(_) => &mut self.create_spend,
            Menu::PsbtPreSelected(_) => &mut self.psbts,
        }
    }
}

/// The main application state, generic over settings type.
///
/// This allows different applications (liana-gui, liana-business) to use
/// their own settings UI implementation.
pub struct App<S: SettingsTrait = LianaSettings> {
    cache: Cache,
    wallet: Arc<Wallet>,
    daemon: Arc<dyn Daemon + Sync + Send>,
    internal_bitcoind: Option<Bitcoind>,

    panels: Panels<S>,
}

/// Type alias for the standard Liana application.
pub type LianaApp = App<LianaSettings>;

impl<S: SettingsTrait> App<S> {
    pub fn new(
        cache: Cache,
        wallet: Arc<Wallet>,
        config: Config,
        daemon: Arc<dyn Daemon + Sync + Send>,
        data_dir: LianaDirectory,
        internal_bitcoind: Option<Bitcoind>,
        restored_from_backup: bool,
    ) -> (App<S>, Task<Message>) {
        let config = Arc::new(config);

        // TECHNICAL DEBT: Settings initialization task is dropped.
        //
        // The SettingsUI::new() method returns Task<S::Message>, but App::new()
        // returns Task<app::Message>. These are different types and cannot be
        // directly combined.
        //
        // Current impact: None - both LianaSettingsUI and BusinessSettingsUI
        // return Task::none() from new(), so dropping the task is harmless.
        //
        // Future fix (if settings init needs async tasks):
        // 1. Add message routing: Message::SettingsUI(Box<S::Message>)
        // 2. Map the task: settings_task.map(|msg| Message::SettingsUI(Box::new(msg)))
        // 3. Add handler in App::update() to unwrap and forward to settings.update()
        //
        // This follows the same pattern used for Installer messages in Tab.
        let (mut panels, _settings_task) = Panels::new(
            &cache,
            wallet.clone(),
            daemon.clone(),
            data_dir,
            daemon.backend(),
            internal_bitcoind.as_ref(),
            config.clone(),
            restored_from_backup,
        );
        let cmd = panels.home.reload(daemon.clone(), wallet.clone());
        (
            Self {
                panels,
                cache,
                daemon,
                wallet,
                internal_bitcoind,
            },
            cmd,
        )
    }

    pub fn wallet_id(&self) -> WalletId {
        self.wallet.id()
    }

    pub fn title(&self) -> &str {
        if let Some(alias) = &self.wallet.alias {
            if !alias.is_empty() {
                return alias;
            }
        }
        "Liana wallet"
    }

    pub fn cache(&self) -> &Cache {
        &self.cache
    }

    pub fn wallet(&self) -> &Wallet {
        &self.wallet
    }

    fn set_current_panel(&mut self, menu: Menu) -> Task<Message> {
        self.panels.current_mut().interrupt();

        match &menu {
            menu::Menu::TransactionPreSelected(txid) => {
                if let Ok(Some(tx)) = Handle::current().block_on(async {
                    self.daemon
                        .get_history_txs(&[*txid])
                        .await
                        .map(|txs| txs.first().cloned())
                }) {
                    self.panels.transactions.preselect(tx);
                    self.panels.current = menu;
                    return Task::none();
                };
            }
            menu::Menu::PsbtPreSelected(txid) => {
                // Get preselected spend from DB in case it's not yet in the cache.
                // We only need this single spend as we will go straight to its view and not show the PSBTs list.
                // In case of any error loading the spend or if it doesn't exist, load PSBTs list in usual way.
                if let Ok(Some(spend_tx)) = Handle::current().block_on(async {
                    self.daemon
                        .list_spend_transactions(Some(&[*txid]))
                        .await
                        .map(|txs| txs.first().cloned())
                }) {
                    self.panels.psbts.preselect(spend_tx);
                    self.panels.current = menu;
                    return Task::none();
                };
            }
            menu::Menu::SettingsPreSelected(setting) => {
                self.panels.current = menu.clone();
                return self.panels.current_mut().update(
                    self.daemon.clone(),
                    &self.cache,
                    Message::View(view::Message::Settings(match setting {
                        &menu::SettingsOption::Node => view::SettingsMessage::EditBitcoindSettings,
                    })),
                );
            }
            menu::Menu::RefreshCoins(preselected) => {
                self.panels.create_spend = CreateSpendPanel::new_self_send(
                    self.wallet.clone(),
                    self.cache.coins(),
                    self.cache.blockheight() as u32,
                    preselected,
                    self.cache.network,
                );
            }
            menu::Menu::CreateSpendTx => {
                // redo the process of spending only if user want to start a new one.
                if !self.panels.create_spend.keep_state() {
                    self.panels.create_spend = CreateSpendPanel::new(
                        self.wallet.clone(),
                        self.cache.coins(),
                        self.cache.blockheight() as u32,
                        self.cache.network,
                    );
                }
            }
            menu::Menu::Recovery => {
                if !self.panels.recovery.keep_state() {
                    self.panels.recovery = new_recovery_panel(self.wallet.clone(), &self.cache);
                }
            }
            _ => {}
        };

        self.panels.current = menu;
        self.panels
            .current_mut()
            .reload(self.daemon.clone(), self.wallet.clone())
    }

    pub fn subscription(&self) -> Subscription<Message> {
        self.panels.current().subscription()
    }

    pub fn stop(&mut self) {
        info!("Close requested");
        if self.daemon.backend().is_embedded() {
            if let Err(e) = Handle::current().block_on(async { self.daemon.stop().await }) {
                error!("{}", e);
            } else {
                info!("Internal daemon stopped");
            }
            if let Some(bitcoind) = self.internal_bitcoind.take() {
                bitcoind.stop();
            }
        }
    }

    pub fn on_tick(&mut self) -> Task<Message> {
        let tick = std::time::Instant::now();
        let mut tasks =
            vec![self
                .panels
                .current_mut()
                .update(self.daemon.clone(), &self.cache, Message::Tick)];

        // Check if we need to update the daemon cache.
        let duration = Duration::from_secs(
            match sync_status(
                self.daemon.backend(),
                self.cache.blockheight(),
                self.cache.sync_progress(),
                self.cache.last_poll_timestamp(),
                self.cache.last_poll_at_startup,
            ) {
                SyncStatus::BlockchainSync(_) => 5, // Only applies to local backends
                SyncStatus::WalletFullScan
                    if self.daemon.backend() == DaemonBackend::RemoteBackend =>
                {
                    10
                } // If remote backend, don't ping too often
                SyncStatus::WalletFullScan | SyncStatus::LatestWalletSync => 3,
                SyncStatus::Synced => {
                    if self.daemon.backend() == DaemonBackend::RemoteBackend {
                        // Remote backend has no rescan feature. For a synced wallet,
                        // cache refresh is only used to warn user about recovery availability.
                        120
                    } else {
                        // For the rescan feature, we refresh more often in order
                        // to give user an up-to-date view of the rescan progress.
                        10
                    }
                }
            },
        );
        if self.cache.daemon_cache.last_tick + duration <= tick {
            tracing::debug!("Updating daemon cache");

            // We have to update here the last_tick to prevent that during a burst of events
            // there is a race condition with the Task and too much tasks are triggered.
            self.cache.daemon_cache.last_tick = tick;

            let daemon = self.daemon.clone();
            let datadir_path = self.cache.datadir_path.clone();
            let network = self.cache.network;
            tasks.push(Task::perform(
                async move {
                    // we check every 10 second if the daemon poller is alive
                    // or if the access token is not expired.
                    daemon.is_alive(&datadir_path, network).await?;

                    let info = daemon.get_info().await?;
                    let coins = cache::coins_to_cache(daemon).await?;
                    Ok(DaemonCache {
                        blockheight: info.block_height,
                        coins: coins.coins,
                        rescan_progress: info.rescan_progress,
                        sync_progress: info.sync,
                        last_poll_timestamp: info.last_poll_timestamp,
                        last_tick: tick,
                    })
                },
                Message::UpdateDaemonCache,
            ));
        }

        // Fiat price fetching from backend (for remote backend wallets).
        let is_remote = self.daemon.backend().is_remote();
        let has_fiat_setting = self
            .wallet
            .fiat_price_setting
            .as_ref()
            .is_some_and(|s| s.is_enabled);
        tracing::trace!(
            "Fiat check: is_remote={}, has_fiat_setting={}",
            is_remote,
            has_fiat_setting
        );
        if is_remote {
            if let Some(sett) = self
                .wallet
                .fiat_price_setting
                .as_ref()
                .filter(|s| s.is_enabled)
            {
                let currency = sett.currency;
                let is_stale = !self.cache.fiat_price.as_ref().is_some_and(|p| {
                    p.currency() == currency
                        && p.requested_at().elapsed() <= Duration::from_secs(300)
                });
                tracing::trace!(
                    "Fiat: enabled={}, currency={}, is_stale={}",
                    sett.is_enabled,
                    currency,
                    is_stale
                );
                if is_stale {
                    tracing::trace!("Fiat: fetching rates from backend");
                    let daemon = self.daemon.clone();
                    let source = sett.source;
                    tasks.push(Task::perform(
                        async move {
                            use crate::services::fiat::api::{GetPriceResult, PriceApiError};
                            let request = cache::FiatPriceRequest::new(source, currency);
                            match daemon.get_fiat_rates().await {
                                Ok((rates, feerate)) => {
                                    tracing::trace!("Fiat: got rates from backend: {:?}", rates);
                                    let key = format!("BTC{currency}");
                                    let res = rates
                                        .get(&key)
                                        .copied()
                                        .ok_or_else(|| {
                                            PriceApiError::CannotParseData(format!(
                                                "No rate for {key}"
                                            ))
                                        })
                                        .map(|value| GetPriceResult {
                                            value,
                                            updated_at: None,
                                        });
                                    (cache::FiatPrice { res, request }, feerate)
                                }
                                Err(e) => {
                                    tracing::trace!("Fiat: backend error: {}", e);
                                    (
                                        cache::FiatPrice {
                                            res: Err(PriceApiError::RequestFailed(e.to_string())),
                                            request,
                                        },
                                        None,
                                    )
                                }
                            }
                        },
                        |(fiat_price, feerate)| {
                            Message::Fiat(FiatMessage::GetPriceResult(fiat_price, feerate))
                        },
                    ));
                }
            }
        }

        Task::batch(tasks)
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Fiat(FiatMessage::GetPriceResult(fiat_price, feerate)) => {
                let feerate_changed = self.cache.feerate_estimate != feerate;
                self.cache.feerate_estimate = feerate;
                let relevant = self.wallet.fiat_price_is_relevant(&fiat_price);
                tracing::trace!(
                    "Fiat: GetPriceResult received, relevant={}, res={:?}",
                    relevant,
                    fiat_price.res.as_ref().map(|r| r.value)
                );
                if relevant
                    // make sure we only update if the price is newer than the cached one
                    && !self.cache.fiat_price.as_ref().is_some_and(|cached| {
                        cached.source() == fiat_price.source()
                            && cached.currency() == fiat_price.currency()
                            && cached.requested_at() >= fiat_price.requested_at()
                    })
                {
                    tracing::trace!("Fiat: caching price");
                    self.cache.fiat_price = Some(fiat_price);
                    Task::perform(async {}, |_| Message::CacheUpdated)
                } else if feerate_changed {
                    Task::perform(async {}, |_| Message::CacheUpdated)
                } else {
                    Task::none()
                }
            }
            Message::UpdateDaemonCache(res) => {
                match res {
                    Ok(daemon_cache) => {
                        self.cache.daemon_cache = daemon_cache;
                        return Task::perform(async {}, |_| Message::CacheUpdated);
                    }
                    Err(e) => {
                        tracing::error!("Failed to update daemon cache: {}", e);
                        if let Error::Daemon(DaemonError::Http(Some(status), _)) = e {
                            if status == 401 {
                                return Task::perform(async {}, |_| {
                                    Message::RedirectLianaConnectLogin
                                });
                            }
                        }
                    }
                }
                Task::none()
            }
            Message::CacheUpdated => {
                // These are the panels to update with the cache.
                let mut panels = [
                    (&mut self.panels.home as &mut dyn State, Menu::Home),
                    (&mut self.panels.settings as &mut dyn State, Menu::Settings),
                ];
                let daemon = self.daemon.clone();
                let current = &self.panels.current;
                let cache = self.cache.clone();
                let commands: Vec<_> = panels
                    .iter_mut()
                    .map(|(panel, menu)| {
                        panel.update(
                            daemon.clone(),
                            &cache,
                            Message::UpdatePanelCache(current == menu),
                        )
                    })
                    .collect();
                Task::batch(commands)
            }
            Message::LoadDaemonConfig(cfg) => {
                let res = self.load_daemon_config(self.cache.datadir_path.clone(), *cfg);
                self.update(Message::DaemonConfigLoaded(res))
            }
            Message::WalletUpdated(Ok(wallet)) => {
                self.wallet = wallet.clone();
                self.panels.current_mut().update(
                    self.daemon.clone(),
                    &self.cache,
                    Message::WalletUpdated(Ok(wallet)),
                )
            }
            Message::View(view::Message::Menu(menu)) => self.set_current_panel(menu),
            Message::View(view::Message::OpenUrl(url)) => {
                if let Err(e) = open::that_detached(&url) {
                    tracing::error!("Error opening '{}': {}", url, e);
                }
                Task::none()
            }
            Message::View(view::Message::Clipboard(text)) => clipboard::write(text),
            _ => self
                .panels
                .current_mut()
                .update(self.daemon.clone(), &self.cache, message),
        }
    }

    pub fn load_daemon_config(
        &mut self,
        datadir_path: LianaDirectory,
        cfg: DaemonConfig,
    ) -> Result<(), Error> {
        Handle::current().block_on(async { self.daemon.stop().await })?;
        let network = cfg.bitcoin_config.network;
        let daemon = EmbeddedDaemon::start(cfg)?;
        self.daemon = Arc::new(daemon);
        let mut daemon_config_path = datadir_path
            .network_directory(network)
            .lianad_data_directory(&self.wallet.id())
            .path()
            .to_path_buf();
        daemon_config_path.push("daemon.toml");

        let content =
            toml::to_string(&self.daemon.config()).map_err(|e| Error::Config(e.to_string()))?;

        OpenOptions::new()
            .write(true)
            .truncate(true)
            .open(daemon_config_path)
            .map_err(|e| Error::Config(e.to_string()))?
            .write_all(content.as_bytes())
            .map_err(|e| {
                warn!("failed to write to file: {:?}", e);
                Error::Config(e.to_string())
            })
    }

    pub fn view(&self) -> Element<'_, Message> {
        let content = self.panels.current().view(&self.cache).map(Message::View);
        if self.cache.network != bitcoin::Network::Bitcoin {
            Column::with_children(vec![network_banner(self.cache.network).into(), content]).into()
        } else {
            content
        }
    }

    pub fn datadir_path(&self) -> &LianaDirectory {
        &self.cache.datadir_path
    }
}

fn new_recovery_panel(wallet: Arc<Wallet>, cache: &Cache) -> CreateSpendPanel {
    CreateSpendPanel::new_recovery(
        wallet,
        cache.coins(),
        cache.blockheight() as u32,
        cache.network,
    )
}

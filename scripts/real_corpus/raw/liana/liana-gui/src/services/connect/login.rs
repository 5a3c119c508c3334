use std::sync::Arc;

use iced::{Alignment, Length, Task};

use liana::miniscript::bitcoin::Network;
use liana_ui::{
    component::{button, form, network_banner, notification, text::*},
    icon, theme,
    widget::*,
};
use lianad::commands::ListCoinsResult;

use crate::{
    app::{
        cache::coins_to_cache,
        settings::{self, SettingsError},
    },
    daemon::DaemonError,
    dir::{LianaDirectory, NetworkDirectory},
};

use super::client::{
    auth::{AuthClient, AuthError},
    backend::{api, BackendClient, BackendWalletClient},
    cache::{self, update_connect_cache, ConnectCacheError},
};

#[derive(Debug, Clone)]
pub enum Error {
    Auth(AuthError),
    CredentialsMissing,
    // DaemonError does not implement Clone.
    // TODO: maybe Arc is overkill
    Backend(Arc<DaemonError>),
    Settings(SettingsError),
    Cache(cache::ConnectCacheError),
    Unexpected(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            Self::Auth(e) => write!(f, "Authentication error: {e}"),
            Self::CredentialsMissing => write!(f, "credentials missing"),
            Self::Backend(e) => write!(f, "Remote backend error: {e}"),
            Self::Settings(e) => write!(f, "Settings file error: {e}"),
            Self::Cache(e) => write!(f, "Connect cache file error: {e}"),
            Self::Unexpected(e) => write!(f, "Unexpected error: {e}"),
        }
    }
}

impl From<DaemonError> for Error {
    fn from(value: DaemonError) -> Self {
        Self::Backend(Arc::new(value))
    }
}

impl From<AuthError> for Error {
    fn from(value: AuthError) -> Self {
        Self::Auth(value)
    }
}

impl From<SettingsError> for Error {
    fn from(value: SettingsError) -> Self {
        Self::Settings(value)
    }
}

impl From<ConnectCacheError> for Error {
    fn from(value: ConnectCacheError) -> Self {
        Self::Cache(value)
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    View(ViewMessage),
    OTPRequested(Result<(AuthClient, String), Error>),
    OTPResent(Result<(), Error>),
    // wallet_id and result of the connect command.
    Connected(Result<BackendState, Error>),
    // redirect to the installer with the remote backend connection.
    Install(Option<BackendClient>),
    // redirect to the app runner with the remote backend connection.
    Run(
        Result<
            (
                BackendWalletClient,
                api::Wallet,
                /* coins to cache */ ListCoinsResult,
                api::UserSettings,
            ),
            Error,
        >,
    ),
}

#[derive(Debug, Clone)]
pub enum ViewMessage {
    RequestOTP,
    OTPEdited(String),
    BackToLauncher(Network),
}

#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum BackendState {
    NoWallet(BackendClient),
    WalletExists(
        BackendWalletClient,
        api::Wallet,
        ListCoinsResult,
        api::UserSettings,
    ),
}

#[derive(Debug, Clone)]
pub struct LianaLiteLogin {
    pub datadir: LianaDirectory,
    pub network: Network,
    pub directory_wallet_id: settings::WalletId,

    connect_wallet_id: String,
    email: String,
    backend_type: super::client::BackendType,

    processing: bool,
    step: ConnectionStep,

    // Error due to connection
    connection_error: Option<Error>,
    // Authentication Error
    auth_error: Option<&'static str>,
}

#[derive(Debug, Clone)]
pub enum ConnectionStep {
    CheckingAuthFile,
    CheckEmail,
    WalletDoesNotExist,
    EnterOtp {
        client: AuthClient,
        backend_api_url: String,
        otp: form::Value<String>,
    },
}

impl LianaLiteLogin {
    pub fn new(
        datadir: LianaDirectory,
        network: Network,
        directory_wallet_id: settings::WalletId,
        auth_cfg: settings::AuthConfig,
        backend_type: super::client::BackendType,
    ) -> (Self, Task<Message>) {
        (
            Self {
                network,
                datadir: datadir.clone(),
                step: ConnectionStep::CheckingAuthFile,
                connection_error: None,
                directory_wallet_id,
                connect_wallet_id: auth_cfg.wallet_id.clone(),
                email: auth_cfg.email.clone(),
                backend_type,
                auth_error: None,
                processing: true,
            },
            Task::perform(
                async move {
                    let service_config = super::client::get_service_config(network, backend_type)
                        .await
                        .map_err(|e| Error::Unexpected(e.to_string()))?;
                    let client = AuthClient::new(
                        service_config.auth_api_url,
                        service_config.auth_api_public_key,
                        auth_cfg.email.clone(),
                        backend_type.user_agent(),
                    );
                    connect_with_credentials(
                        client,
                        auth_cfg,
                        service_config.backend_api_url,
                        network,
                        &datadir.network_directory(network),
                    )
                    .await
                },
                Message::Connected,
            ),
        )
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match &mut self.step {
            ConnectionStep::CheckingAuthFile => {
                if let Message::Connected(res) = message {
                    self.processing = false;
                    match res {
                        Ok(BackendState::NoWallet(_)) => {
                            self.step = ConnectionStep::WalletDoesNotExist;
                        }
                        Ok(BackendState::WalletExists(client, wallet, coins, settings)) => {
                            return Task::perform(
                                async move { (client, wallet, coins, settings) },
                                |(c, w, coins, s)| Message::Run(Ok((c, w, coins, s))),
                            );
                        }
                        Err(e) => {
                            // Whatever the error with current auth,
                            // user is redirected to do the authentication steps.
                            self.step = ConnectionStep::CheckEmail;
                            tracing::warn!("Error while checking email: {}", e);
                            match e {
                                Error::CredentialsMissing => {
                                    // Liana-Connect cache does not exist,
                                    // No need to display error
                                }
                                Error::Auth(AuthError { http_status, .. }) => {
                                    if http_status == Some(403) || http_status == Some(401) {
                                        // Session was certainly deleted
                                        // No need to display error
                                    } else {
                                        self.connection_error = Some(e);
                                    }
                                }
                                _ => {
                                    self.connection_error = Some(e);
                                }
                            }
                        }
                    }
                }
            }
            ConnectionStep::CheckEmail => match message {
                Message::View(ViewMessage::RequestOTP) => {
                    let email = self.email.clone();
                    let network = self.network;
                    let backend_type = self.backend_type;
                    self.processing = true;
                    self.connection_error = None;
                    self.auth_error = None;
                    return Task::perform(
                        async move {
                            let config = super::client::get_service_config(network, backend_type)
                                .await
                                .map_err(|e| {
                                    if e.status() == Some(reqwest::StatusCode::NOT_FOUND) {
                                        Error::Unexpected(
                                            "Remote servers are unresponsive".to_string(),
                                        )
                                    } else {
                                        Error::Unexpected(e.to_string())
                                    }
                                })?;
                            let client = AuthClient::new(
                                config.auth_api_url,
                                config.auth_api_public_key,
                                email,
                                backend_type.user_agent(),
                            );
                            client.sign_in_otp().await?;
                            Ok((client, config.backend_api_url))
                        },
                        Message::OTPRequested,
                    );
                }
                Message::OTPRequested(res) => {
                    self.processing = false;
                    match res {
                        Ok((client, backend_api_url)) => {
                            self.step = ConnectionStep::EnterOtp {
                                otp: form::Value::default(),
                                client,
                                backend_api_url,
                            };
                        }
                        Err(e) => {
                            self.connection_error = Some(e);
                        }
                    }
                }
                _ => {}
            },
            ConnectionStep::EnterOtp {
                client,
                otp,
                backend_api_url,
            } => match message {
                Message::View(ViewMessage::RequestOTP) => {
                    *otp = form::Value::default();
                    let client = client.clone();
                    self.processing = true;
                    self.connection_error = None;
                    self.auth_error = None;
                    return Task::perform(
                        async move {
                            client.resend_otp().await?;
                            Ok(())
                        },
                        Message::OTPResent,
                    );
                }
                Message::OTPResent(res) => match res {
                    Ok(()) => {
                        self.processing = false;
                    }
                    Err(e) => {
                        tracing::warn!("{}", e);
                        self.processing = false;
                        self.connection_error = Some(e);
                    }
                },
                Message::View(ViewMessage::OTPEdited(value)) => {
                    otp.value = value.trim().to_string();
                    otp.valid = true;
                    if otp.value.len() == 6 {
                        let client = client.clone();
                        let otp = otp.value.clone();
                        let backend_api_url = backend_api_url.clone();
                        self.processing = true;
                        self.connection_error = None;
                        self.auth_error = None;
                        let connect_wallet_id = self.connect_wallet_id.clone();
                        let network = self.network;
                        let datadir = self.datadir.clone();
                        return Task::perform(
                            async move {
                                connect(
                                    client,
                                    otp,
                                    connect_wallet_id,
                                    backend_api_url,
                                    network,
                                    datadir,
                                )
                                .await
                            },
                            Message::Connected,
                        );
                    }
                }

                Message::Connected(res) => {
                    self.processing = false;
                    match res {
                        Ok(BackendState::NoWallet(client)) => {
                            return Task::perform(async move { Some(client) }, Message::Install);
                        }
                        Ok(BackendState::WalletExists(client, wallet, coins, settings)) => {
                            return Task::perform(
                                async move { Ok((client, wallet, coins, settings)) },
                                Message::Run,
                            );
                        }
                        Err(e) => {
                            tracing::warn!("{}", e);
                            if let Error::Auth(AuthError { http_status, .. }) = e {
                                if http_status == Some(403) {
                                    self.auth_error = Some("Token is expired or is invalid")
                                } else {
                                    self.connection_error = Some(e);
                                }
                            } else {
                                self.connection_error = Some(e);
                            }
                        }
                    }
                }
                // Message::Run::Ok is handled by the upper level wrapping the LianaLiteLogin
                // state.
                Message::Run(Err(e)) => {
                    self.connection_error = Some(e);
                }
                _ => {}
            },
            _ => {}
        }

        Task::none()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let content = Into::<Element<ViewMessage>>::into(
            Container::new(
                Column::new().spacing(100).align_x(Alignment::Center).push(
                    Column::new()
                        .align_x(Alignment::Center)
                        .spacing(20)
                        .width(Length::Fill)
                        .push(h2("Liana Connect"))
                        .push(
                            Column::new()
                                .max_width(500)
                                .spacing(20)
                                .push(match &self.step {
                                    ConnectionStep::WalletDoesNotExist => Column::new()
                                        .push(text("This wallet was deleted by its creator for all participants and cannot be opened. To access it again, restore it using a backup file or the wallet descriptor.")),
                                    ConnectionStep::CheckingAuthFile => Column::new(),
                                    ConnectionStep::CheckEmail => Column::new()
                                        .spacing(20)
                                        .align_x(Alignment::Center)
                                        .push_maybe(
                                            self.auth_error
                                                .map(|e| text(e).style(theme::text::warning)),
                                        )
                                        .push(text(&self.email))
                                        .push(
                                            button::secondary(None, "Login")
                                                .width(Length::Fixed(200.0))
                                                .on_press_maybe(if self.processing {
                                                    None
                                                } else {
                                                    Some(ViewMessage::RequestOTP)
                                                }),
                                        ),
                                    ConnectionStep::EnterOtp { otp, .. } => Column::new()
                                        .spacing(20)
                                        .align_x(Alignment::Center)
                                        .push(text("An authentication was sent to your email:"))
                                        .push(text(&self.email))
                                        .push_maybe(
                                            self.auth_error
                                                .map(|e| text(e).style(theme::text::warning)),
                                        )
                                        .push(
                                            form::Form::new_trimmed("Token", otp, |msg| {
                                                ViewMessage::OTPEdited(msg)
                                            })
                                            .size(P1_SIZE)
                                            .padding(10)
                                            .warning("Token is not valid"),
                                        )
                                        .push(
                                            Row::new().spacing(10).push(
                                                button::secondary(None, "Resend token")
                                                    .width(Length::Fixed(200.0))
                                                    .on_press_maybe(if self.processing {
                                                        None
                                                    } else {
                                                        Some(ViewMessage::RequestOTP)
                                                    }),
                                            ),
                                        ),
                                }),
                        ),
                ),
            )
            .padding(50)
            .center_x(Length::Fill)
            .center_y(Length::Fill),
        )
        .map(Message::View);

        let mut col = Column::new();
        if self.network != Network::Bitcoin {
            col = col.push(network_banner(self.network));
        }
        if let Some(error) = &self.connection_error {
            col = col.push(
                notification::warning("Connection failed".to_string(), error.to_string())
                    .width(Length::Fill),
            );
        }

        col.push_maybe(if !matches!(self.step, ConnectionStep::CheckingAuthFile) {
            Some(
                Container::new(
                    button::secondary(Some(icon::previous_icon()), "Go back")
                        .width(Length::Fixed(200.0))
                        .on_press(Message::View(ViewMessage::BackToLauncher(self.network))),
                )
                .padding(20),
            )
        } else {
            None
        })
        .push(content)
        .into()
    }
}

pub async fn connect(
    auth: AuthClient,
    token: String,
    connect_wallet_id: String,
    backend_api_url: String,
    network: Network,
    liana_directory: LianaDirectory,
) -> Result<BackendState, Error> {
    let network_dir = liana_directory.network_directory(network);
    let access = auth.verify_otp(token.trim_end()).await?;
    let client =
        BackendClient::connect(auth.clone(), backend_api_url, access.clone(), network).await?;

    update_connect_cache(&network_dir, &access, &auth, false, Some(client.user_id())).await?;
    // If the user just OTP'd in with a different email than a previously
    // stamped row (server-side email change), `update_connect_cache` will have
    // written a second row sharing the same user_id. Dedupe here.
    if let Err(e) = cache::stamp_account_identity(
        &network_dir,
        None,
        &auth.email,
        client.user_id(),
        client.user_email(),
    )
    .await
    {
        tracing::warn!("Failed to stamp user_id on Liana-Connect cache: {}", e);
    }

    let wallets = client.list_wallets().await?;
    if wallets.is_empty() {
        return Ok(BackendState::NoWallet(client));
    }

    if connect_wallet_id.is_empty() {
        let first = wallets.first().cloned().ok_or(DaemonError::NoAnswer)?;
        let (wallet_client, wallet) = client.connect_wallet(first);
        let coins = coins_to_cache(Arc::new(wallet_client.clone())).await?;
        let settings = wallet_client.get_wallet_settings().await?;

        Ok(BackendState::WalletExists(
            wallet_client,
            wallet,
            coins,
            settings,
        ))
    } else if let Some(wallet) = wallets.into_iter().find(|w| w.id == connect_wallet_id) {
        // Wallet is confirmed to belong to the OTP'd user, so it's safe to
        // rewrite its settings entry with the authoritative user_id.
        if let Err(e) = backfill_settings_for_wallet(
            &network_dir,
            &connect_wallet_id,
            client.user_id(),
            client.user_email(),
        )
        .await
        {
            tracing::warn!("Failed to update settings.json after OTP: {}", e);
        }

        let (wallet_client, wallet) = client.connect_wallet(wallet);
        let coins = coins_to_cache(Arc::new(wallet_client.clone())).await?;
        let settings = wallet_client.get_wallet_settings().await?;

        Ok(BackendState::WalletExists(
            wallet_client,
            wallet,
            coins,
            settings,
        ))
    } else {
        Ok(BackendState::NoWallet(client))
    }
}

pub async fn connect_with_credentials(
    auth: AuthClient,
    auth_cfg: settings::AuthConfig,
    backend_api_url: String,
    network: Network,
    network_dir: &NetworkDirectory,
) -> Result<BackendState, Error> {
    let cached = cache::Account::from_cache_by_uid_or_email(
        network_dir,
        auth_cfg.user_id.as_deref(),
        &auth.email,
    )
    .map_err(|e| match e {
        ConnectCacheError::NotFound => Error::CredentialsMissing,
        _ => e.into(),
    })?
    .ok_or(Error::CredentialsMissing)?;

    let mut tokens = cached.tokens;

    if tokens.expires_at < chrono::Utc::now().timestamp() {
        tokens = cache::update_connect_cache(
            network_dir,
            &tokens,
            &auth,
            true,
            auth_cfg.user_id.as_deref(),
        )
        .await?;
    }

    let client = BackendClient::connect(auth, backend_api_url, tokens, network).await?;

    if let Some(wallet) = client
        .list_wallets()
        .await?
        .into_iter()
        .find(|w| w.id == auth_cfg.wallet_id)
    {
        // Only stamp settings/cache once we've confirmed the wallet belongs
        // to the connected user. The cached-token by_email fallback above
        // could otherwise have matched a row for a different `sub`.
        backfill_local_link(network_dir, &client, &auth_cfg).await?;

        let (wallet_client, wallet) = client.connect_wallet(wallet);
        let coins = coins_to_cache(Arc::new(wallet_client.clone())).await?;
        let settings = wallet_client.get_wallet_settings().await?;
        Ok(BackendState::WalletExists(
            wallet_client,
            wallet,
            coins,
            settings,
        ))
    } else {
        Ok(BackendState::NoWallet(client))
    }
}

/// After a successful `BackendClient::connect`, ensure both the connect cache
/// and the per-wallet settings carry the latest `user_id` (JWT `sub`) and email
/// reported by the backend. Lazily migrates legacy entries that lack `user_id`
/// and refreshes a stale email if it has been changed on Liana-Connect.
///
/// MUST be called only after the wallet has been verified to belong to the
/// connected user (i.e. `list_wallets` returned a wallet whose id matches
/// `auth_cfg.wallet_id`); otherwise a stale-by-email cache row could point us
/// at a different `sub` and we would rewrite local state to that wrong
/// identity.
pub async fn backfill_local_link(
    network_dir: &NetworkDirectory,
    client: &BackendClient,
    auth_cfg: &settings::AuthConfig,
) -> Result<(), Error> {
    let server_user_id = client.user_id();
    let server_email = client.user_email();

    cache::stamp_account_identity(
        network_dir,
        auth_cfg.user_id.as_deref(),
        &auth_cfg.email,
        server_user_id,
        server_email,
    )
    .await?;

    if auth_cfg.user_id.as_deref() != Some(server_user_id) || auth_cfg.email != server_email {
        backfill_settings_for_wallet(
            network_dir,
            &auth_cfg.wallet_id,
            server_user_id,
            server_email,
        )
        .await?;
    }

    Ok(())
}

/// Patch the `remote_backend_auth` of the wallet identified by `wallet_id` in
/// settings.json so its `user_id` and `email` match the backend's. Idempotent.
pub async fn backfill_settings_for_wallet(
    network_dir: &NetworkDirectory,
    wallet_id: &str,
    user_id: &str,
    email: &str,
) -> Result<(), Error> {
    let wallet_id = wallet_id.to_string();
    let user_id = user_id.to_string();
    let email = email.to_string();
    settings::update_settings_file(network_dir, move |mut s: settings::LianaSettings| {
        for w in s.wallets.iter_mut() {
            if let Some(a) = w.remote_backend_auth.as_mut() {
                if a.wallet_id == wallet_id {
                    a.user_id = Some(user_id.clone());
                    a.email = email.clone();
                }
            }
        }
        s
    })
    .await
    .map_err(Error::Settings)
}

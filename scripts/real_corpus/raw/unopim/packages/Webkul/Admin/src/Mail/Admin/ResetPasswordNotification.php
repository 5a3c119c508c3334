<?php

namespace Webkul\Admin\Mail\Admin;

use Illuminate\Auth\Notifications\ResetPassword;
use Illuminate\Notifications\Messages\MailMessage;

class ResetPasswordNotification extends ResetPassword
{
    /**
     * Build the mail representation of the notification.
     *
     * @param  mixed  $notifiable
     * @return MailMessage
     */
    public function toMail($notifiable)
    {
        if (static::$toMailCallback) {
            return call_user_func(static::$toMailCallback, $notifiable, $this->token);
        }

        $sender = core()->getSenderEmailDetails();

        return (new MailMessage)
            ->from($sender['email'], $sender['name'])
            ->subject(trans('admin::app.emails.admin.forgot-password.subject'))
            ->view('admin::emails.admin.forget-password', [
                'userName'  => $notifiable->name,
                'token'     => $this->token,
            ]);
    }
}

import nodemailer from 'nodemailer';

/** One e-mail to send. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail; the null mailer (no SMTP_URL) sends nothing. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** Mail through the SMTP server of `SMTP_URL`. */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}

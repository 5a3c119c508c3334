import type { ReactElement } from 'react'
import { IconButton, SvgIcon, Typography } from '@mui/material'
import CloseIcon from '@mui/icons-material/Close'
import WalletOutlinedIcon from '@/public/images/common/wallet-outlined.svg'
import TokenIcon from '@/public/images/common/token.svg'
import ExternalLink from '@/components/common/ExternalLink'
import useLocalStorage from '@/services/local-storage/useLocalStorage'
import useChainId from '@/hooks/useChainId'
import { GTF_FEES_BANNER_DISMISSED_KEY } from '../../constants'
import css from './styles.module.css'

const LEARN_MORE_URL = 'https://help.safe.global/articles/9993850744-safewallet-gas-fees-faq'

const FeeInfoBanner = (): ReactElement | null => {
  const chainId = useChainId()
  const [dismissed, setDismissed] = useLocalStorage<boolean>(`${GTF_FEES_BANNER_DISMISSED_KEY}_${chainId}`)

  if (dismissed) {
    return null
  }

  return (
    <div className={css.feeInfoBanner}>
      <div className={css.feeInfoContent}>
        <span className={css.newTag}>New</span>

        <div className={css.feeInfoBody}>
          <Typography variant="subtitle2" fontWeight={700}>
            Pay fees directly from your Safe wallet.
          </Typography>

          <div className={css.feeInfoBullet}>
            <span className={css.bulletIconWrapper}>
              <SvgIcon component={WalletOutlinedIcon} inheritViewBox className={css.bulletIcon} />
            </span>
            <Typography variant="body2">No need to fund signing wallets</Typography>
          </div>

          <div className={css.feeInfoBullet}>
            <span className={css.bulletIconWrapper}>
              <SvgIcon component={TokenIcon} inheritViewBox className={css.bulletIcon} />
            </span>
            <Typography variant="body2">Pay fees in any supported token</Typography>
          </div>
        </div>

        <ExternalLink href={LEARN_MORE_URL} noIcon className={css.learnMoreLink}>
          <Typography variant="body2" fontWeight={700} sx={{ textDecoration: 'underline' }}>
            Learn more
          </Typography>
        </ExternalLink>
      </div>

      <IconButton size="small" aria-label="close" onClick={() => setDismissed(true)} className={css.feeInfoClose}>
        <CloseIcon className={css.closeIcon} />
      </IconButton>
    </div>
  )
}

export default FeeInfoBanner

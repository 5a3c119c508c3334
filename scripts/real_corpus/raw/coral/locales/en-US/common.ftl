-brand-name = The Coral Project
-product-name = Coral

common-banEmailTemplate =
  Hello { $username },

  Someone with access to your account has violated our community guidelines. As a result, your account has been banned. You will no longer be able to comment, react or report comments.

common-embedNotFound = Requested media could not be found. May have been deleted.
common-embedInvalid = The URL for this external media is invalid.
common-networkError = Network error. Please refresh your page and try again.
common-embedInternalError = We encountered an internal error while fetching this media.
common-embedTypeNotSupported = This media is not supported.

common-experimentalTag = Experimental
common-experimentalTag-tooltip-title = Experimental feature

# Error handling

common-error-title = An error has occurred
common-error-message = Message
common-error-traceID = Trace ID

common-username =
  .aria-label = User { $username }

common-moderationReason-reason = 
  Reason
common-moderationReason-addExplanation = 
  Add explanation
common-moderationReason-reject =
  Reject
common-moderationReason-cancel =
  Cancel
common-moderationReason-rejectionReason-OFFENSIVE =
  Offensive
common-moderationReason-rejectionReason-ABUSIVE = 
  Abusive
common-moderationReason-rejectionReason-SPAM =
  Spam
common-moderationReason-rejectionReason-BANNED_WORD =
  Banned word
common-moderationReason-rejectionReason-AD =
  Ad
common-moderationReason-rejectionReason-HARASSMENT_BULLYING = 
  Harassment / bullying
common-moderationReason-rejectionReason-MISINFORMATION = 
  Misinformation
common-moderationReason-rejectionReason-HATE_SPEECH = 
  Hate speech
common-moderationReason-rejectionReason-IRRELEVANT_CONTENT = 
  Irrelevant content
common-moderationReason-rejectionReason-OTHER = 
  Other
common-moderationReason-changeReason =
  &lt; Change reason
common-moderationReason-reasonLabel = Reason
common-moderationReason-detailedExplanation =
  Detailed explanation (shared with commenter)
common-moderationReason-detailedExplanation-placeholder =
   .placeholder = Add your explanation
common-moderationReason-customReason = Custom reason (required)
common-moderationReason-customReason-placeholder =
   .placeholder = Add your reason
   
